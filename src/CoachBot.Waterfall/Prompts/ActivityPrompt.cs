using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall;

/// <summary>
/// Waits for any activity, not only a message: an event activity (a timer that fired, with its
/// name and value) reaches the validator too, so a step can wait for a timer or for the person,
/// whichever comes first. The validator decides what ends the wait.
/// </summary>
public class ActivityPrompt : Dialog
{
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";
    private readonly PromptValidator<Activity> _validator;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Decides which activity ends the wait (required).</param>
    public ActivityPrompt(string dialogId, PromptValidator<Activity> validator)
        : base(dialogId)
    {
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = promptOptions;
        state[PersistedState] = new Dictionary<string, object> { [Prompt<Activity>.AttemptCountKey] = 0 };
        await SendAsync(dc.Context, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var options = instance.State[PersistedOptions] as PromptOptions ?? (instance.State[PersistedOptions] as JObject)?.ToObject<PromptOptions>() ?? new PromptOptions();
        var state = instance.State[PersistedState] as IDictionary<string, object> ?? (instance.State[PersistedState] as JObject)?.ToObject<Dictionary<string, object>>() ?? [];
        instance.State[PersistedOptions] = options;
        instance.State[PersistedState] = state;
        state[Prompt<Activity>.AttemptCountKey] = Convert.ToInt32((state.ValueOrNull(Prompt<Activity>.AttemptCountKey) ?? 0), CultureInfo.InvariantCulture) + 1;

        var recognized = new PromptRecognizerResult<Activity> { Succeeded = true, Value = dc.Context.Activity };
        if (await _validator(new PromptValidatorContext<Activity>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false))
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded && dc.Context.Activity.Type == ActivityTypes.Message)
        {
            await SendAsync(dc.Context, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.State.ValueOrNull(PersistedOptions) is PromptOptions options)
        {
            await SendAsync(turnContext, options, false, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SendAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }
}
