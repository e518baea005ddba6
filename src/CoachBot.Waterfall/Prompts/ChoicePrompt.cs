using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks the person to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons or a card
/// for the channel. Answers are matched as the official library matches them: by every word of a
/// value, button title or synonym, then by ordinal ("the second one") or position ("2"); see
/// <see cref="ChoiceRecognizers"/>. A bot with its own matching overrides <see cref="OnRecognizeAsync"/>.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation.</param>
    /// <param name="defaultLocale">The locale used when the activity has none.</param>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>How the choices are shown.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>The locale used when the activity has none.</summary>
    public string? DefaultLocale { get; set; }

    /// <inheritdoc />
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var message = AppendChoices(prompt, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.ConversationType, options.Choices ?? [], options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        var found = ChoiceRecognizers.RecognizeChoice(turnContext.Activity.Text, options.Choices ?? [], culture);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found! });
    }
}
