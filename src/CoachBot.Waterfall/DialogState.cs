using Newtonsoft.Json;

namespace CoachBot.Waterfall;

/// <summary>
/// The persisted dialog stack, top at index 0. It is stored in conversation state under the
/// property "DialogState" with the same JSON shape as the official library, so state written by
/// one can be read by the other.
/// </summary>
public class DialogState
{
    /// <summary>Creates an empty stack.</summary>
    public DialogState()
        : this(null)
    {
    }

    /// <summary>Creates a state around an existing stack.</summary>
    /// <param name="stack">The stack, top first; null for an empty one.</param>
    public DialogState(IList<DialogInstance>? stack)
    {
        DialogStack = stack ?? new List<DialogInstance>();
    }

    /// <summary>The stack, top first.</summary>
    [JsonProperty("dialogStack")]
    public IList<DialogInstance> DialogStack { get; set; }
}
