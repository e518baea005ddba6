using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Waterfall;

/// <summary>
/// Waits for any activity, not only a message. Every activity that reaches the prompt (a message,
/// an event with its name and value such as a timer that fired, a conversation update) goes to the
/// validator, which alone decides what ends the wait; the accepted activity is the result. This is
/// how a step waits for "the timer fired or the person said something, whichever comes first".
/// </summary>
/// <remarks>
/// When the validator turns down a message and sent nothing itself, the retry prompt (else the
/// prompt) is sent again, as for every prompt. A turned-down activity of another type (a typing
/// indicator, an unrelated event) is not answered at all: the person did nothing to be told off for.
/// </remarks>
public class ActivityPrompt : Dialog
{
    private readonly PromptValidator<Activity> _validator;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Decides which activity ends the wait. Required: without it nothing could.</param>
    public ActivityPrompt(string dialogId, PromptValidator<Activity> validator)
        : base(dialogId)
    {
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        }

        var state = PromptStateReader.Begin(dc.ActiveDialog!, promptOptions);
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (state, options) = PromptStateReader.Read(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        PromptStateReader.CountAttempt(state);

        var context = new PromptValidatorContext<Activity>(dc.Context, recognized, state, options);
        if (await _validator(context, cancellationToken).ConfigureAwait(false))
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded && dc.Context.Activity.Type == ActivityTypes.Message)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        // Something pushed above the prompt has ended; the prompt keeps waiting and asks again.
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = PromptStateReader.Read(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the prompt, or on a retry the retry prompt when there is one.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's state.</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">True after an activity the validator turned down.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every activity is "recognized" as itself; the validator does the judging.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's state.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The incoming activity, marked as recognized.</returns>
    protected virtual Task<PromptRecognizerResult<Activity>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(new PromptRecognizerResult<Activity> { Succeeded = true, Value = turnContext.Activity });
    }
}
