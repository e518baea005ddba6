using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// The coach's choice question. It shows the choices as the engine's ChoicePrompt does, but reads
/// the answer with <see cref="ChoiceWords"/>: "my low back" picks "lower back", "shoulders" is
/// "shoulder", "muneca" is "muñeca", and a word that fits two choices equally ("back") picks
/// neither, so the question comes again rather than a guess.
/// </summary>
public sealed class WordChoicePrompt : ChoicePrompt
{
    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation.</param>
    public WordChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceWords.Recognize(turnContext.Activity.Text, options.Choices ?? [], PromptCulture.For(turnContext.Activity.Locale, DefaultLocale));
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found! });
    }
}
