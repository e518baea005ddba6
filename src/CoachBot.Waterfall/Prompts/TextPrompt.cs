using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks for text. Any message with non-blank text is an answer; an empty or blank message is not
/// recognized (the validator still sees it, and without one the question is asked again).
/// </summary>
public class TextPrompt : Prompt<string>
{
    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation.</param>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return Task.FromResult(new PromptRecognizerResult<string>
        {
            Succeeded = !string.IsNullOrWhiteSpace(text),
            Value = text ?? string.Empty,
        });
    }
}
