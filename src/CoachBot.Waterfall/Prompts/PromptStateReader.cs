using System.Globalization;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall;

/// <summary>
/// Reads a prompt's entry on the stack. Storage that keeps .NET type names gives the options and
/// state back as the objects that were saved; storage without them gives JSON objects. Both are
/// accepted, and the JSON is converted once and put back so later reads (and the validator) see
/// the typed objects.
/// </summary>
internal static class PromptStateReader
{
    /// <summary>The key of the options in the dialog state (the official name).</summary>
    public const string PersistedOptions = "options";

    /// <summary>The key of the prompt's own state in the dialog state (the official name).</summary>
    public const string PersistedState = "state";

    /// <summary>The key of the attempt counter in the prompt's state (the official name).</summary>
    public const string AttemptCountKey = "AttemptCount";

    /// <summary>Starts a prompt's entry: its options and a fresh state with no attempts yet.</summary>
    public static IDictionary<string, object> Begin(DialogInstance instance, PromptOptions options)
    {
        var state = new Dictionary<string, object> { [AttemptCountKey] = 0 };
        instance.State[PersistedOptions] = options;
        instance.State[PersistedState] = state;
        return state;
    }

    /// <summary>The prompt's state and options, typed.</summary>
    public static (IDictionary<string, object> State, PromptOptions Options) Read(DialogInstance instance)
    {
        var state = instance.State.ValueOrNull(PersistedState) switch
        {
            IDictionary<string, object> typed => typed,
            JObject json => json.ToObject<Dictionary<string, object>>() ?? [],
            _ => new Dictionary<string, object>(),
        };
        var options = instance.State.ValueOrNull(PersistedOptions) switch
        {
            PromptOptions typed => typed,
            JObject json => json.ToObject<PromptOptions>() ?? new PromptOptions(),
            _ => new PromptOptions(),
        };
        instance.State[PersistedState] = state;
        instance.State[PersistedOptions] = options;
        return (state, options);
    }

    /// <summary>Counts one more answer and returns the new count.</summary>
    public static int CountAttempt(IDictionary<string, object> state)
    {
        var count = AttemptCount(state) + 1;
        state[AttemptCountKey] = count;
        return count;
    }

    /// <summary>How many answers the prompt has had. Stored numbers come back as long; any integer is accepted.</summary>
    public static int AttemptCount(IDictionary<string, object> state) =>
        state.TryGetValue(AttemptCountKey, out var count) && count is not null
            ? Convert.ToInt32(count, CultureInfo.InvariantCulture)
            : 0;
}
