using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall;

/// <summary>
/// The base of every prompt: asks, recognizes each answer, lets the validator decide, and asks
/// again (RetryPrompt, else Prompt) until the answer is accepted. Only messages are answers: any
/// other activity leaves the prompt waiting. State keys follow the official library ("options",
/// "state", and "AttemptCount" inside the state).
/// </summary>
/// <typeparam name="T">The answer's type.</typeparam>
public abstract class Prompt<T> : Dialog
{
    /// <summary>The key of the attempt counter in the prompt's state.</summary>
    public const string AttemptCountKey = PromptStateReader.AttemptCountKey;

    /// <summary>The key of the options in the dialog state.</summary>
    public const string PersistedOptions = PromptStateReader.PersistedOptions;

    /// <summary>The key of the prompt's own state in the dialog state.</summary>
    public const string PersistedState = PromptStateReader.PersistedState;

    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Decides whether an answer is acceptable; without one, any recognized answer is.</param>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        }

        var promptState = PromptStateReader.Begin(dc.ActiveDialog!, promptOptions);
        await OnPromptAsync(dc.Context, promptState, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var (state, options) = PromptStateReader.Read(instance);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        PromptStateReader.CountAttempt(state);

        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // A validator that explained the problem itself has answered; repeating the question
        // right after would only be noise, unless it asked for the question again.
        if (PromptAgain.Take(dc.Context))
        {
            await OnPromptAsync(dc.Context, state, options, false, cancellationToken).ConfigureAwait(false);
        }
        else if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        // A dialog pushed above the prompt has ended; the prompt still waits for its answer.
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

    /// <summary>Sends the question (or the retry).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's state.</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">True after an answer that was not accepted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    /// <summary>Reads the answer from the current activity.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's state.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was understood.</returns>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>Sends <see cref="PromptOptions.RetryPrompt"/> on a retry when there is one, else <see cref="PromptOptions.Prompt"/>.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">True after an answer that was not accepted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    protected static async Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Copies <paramref name="prompt"/> and adds <paramref name="choices"/> in <paramref name="style"/> for the channel.</summary>
    /// <param name="prompt">The question.</param>
    /// <param name="channelId">The channel.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="style">How to show them.</param>
    /// <returns>The message to send.</returns>
    protected static IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choice> choices, ListStyle style) =>
        AppendChoices(prompt, channelId, null, choices, style);

    /// <summary>As <see cref="AppendChoices(IMessageActivity, string, IList{Choice}, ListStyle)"/>, knowing the conversation type for <see cref="ListStyle.Auto"/>.</summary>
    /// <param name="prompt">The question.</param>
    /// <param name="channelId">The channel.</param>
    /// <param name="conversationType">The conversation type (Teams: "personal", "groupChat", "channel").</param>
    /// <param name="choices">The choices.</param>
    /// <param name="style">How to show them.</param>
    /// <returns>The message to send.</returns>
    protected static IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, string? conversationType, IList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = prompt?.Text ?? string.Empty;
        var rendered = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text),
            ListStyle.List => ChoiceFactory.List(choices, text),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.AdaptiveCard => ChoiceFactory.ChoiceCard(channelId, choices, text),
            ListStyle.None => MessageFactory.Text(text),
            _ => ChoiceFactory.ForChannel(channelId, conversationType, choices, text),
        };

        if (prompt is null)
        {
            return rendered;
        }

        // Keep everything the caller set on the prompt (speak, locale, attachments); add the choices.
        var message = JObject.FromObject(prompt).ToObject<Activity>()!;
        message.Text = rendered.Text;
        if (rendered.SuggestedActions is not null)
        {
            message.SuggestedActions = rendered.SuggestedActions;
        }

        foreach (var attachment in rendered.Attachments ?? [])
        {
            AddChoiceAttachment(message, attachment);
        }

        // Teams shows suggested actions only on a message without attachments: on a question that
        // carries a card, the buttons go on the card.
        if (channelId == Channels.Msteams && message.SuggestedActions is { Actions.Count: > 0 } && message.Attachments?.Any(AdaptiveCard.Is) == true)
        {
            AddChoiceAttachment(message, ChoiceFactory.ChoiceCard(channelId, choices).Attachments[0]);
            message.SuggestedActions = null;
        }

        return message;
    }

    // A question that already carries an Adaptive Card (a picture) gets its buttons on that card;
    // a hero card carries the question itself, so the text goes.
    private static void AddChoiceAttachment(Activity message, Attachment attachment)
    {
        var own = message.Attachments?.FirstOrDefault(AdaptiveCard.Is);
        if (AdaptiveCard.Is(attachment) && own is not null)
        {
            var card = AdaptiveCard.ContentOf(own);
            var body = (JArray)(card["body"] ??= new JArray());
            foreach (var element in AdaptiveCard.ContentOf(attachment)["body"] ?? new JArray())
            {
                body.Add(element.DeepClone());
            }

            own.Content = card;
            return;
        }

        message.Attachments = [.. message.Attachments ?? [], attachment];
        if (attachment.ContentType == Microsoft.Bot.Schema.HeroCard.ContentType)
        {
            message.Text = null;
        }
    }
}
