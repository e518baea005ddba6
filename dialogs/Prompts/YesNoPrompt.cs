using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// The coach's yes/no question. It reads what the engine's ConfirmPrompt reads (the official
/// expressions and the buttons) and, from <see cref="EverydayYesNo"/>, the everyday answers the
/// official ones miss ("claro", "of course", "nah", "not now"). A hedge ("not sure", "maybe",
/// "no sé") is no answer although it contains "no" or "sure": the question is asked again rather
/// than a guess made, which matters most in the red-flag screen.
/// </summary>
public sealed class YesNoPrompt : ConfirmPrompt
{
    private static readonly ConcurrentDictionary<string, (Regex Yes, Regex No)> WidenedByLanguage = new(StringComparer.OrdinalIgnoreCase);

    private readonly ContentLibrary? _library;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation (the coach's answers to what is neither yes nor no).</param>
    /// <param name="library">The content whose "answer.yes" and "answer.no" name the buttons in the person's language; without it, the engine's words.</param>
    public YesNoPrompt(string dialogId, PromptValidator<bool>? validator = null, ContentLibrary? library = null)
        : base(dialogId, validator)
    {
        _library = library;
    }

    /// <summary>What <paramref name="text"/> answers in <paramref name="culture"/>: true, false, or null for no answer (a hedge included).</summary>
    public static bool? Read(string? text, string culture) =>
        string.IsNullOrWhiteSpace(text) || EverydayYesNo.IsHedge(text)
            ? null
            : FirstOf(text, Widened(PromptCulture.LanguageOf(culture)));

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        // A hedge is no answer, not even by a button's word.
        var answer = string.IsNullOrWhiteSpace(text) || EverydayYesNo.IsHedge(text)
            ? null
            : FirstOf(text, Widened(PromptCulture.LanguageOf(culture))) ?? ByButton(text, turnContext.Activity.Locale, culture);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer is not null, Value = answer ?? false });
    }

    // A button's own word or position ("Sí", "1"), but not a number inside another answer
    // ("the first few steps"): the coach's choice matching, not the official one.
    private bool? ByButton(string text, string? locale, string culture) =>
        ChoiceWords.Recognize(text, Buttons(locale), culture) is { } button ? button.Index == 0 : null;

    /// <inheritdoc />
    protected override IList<Choice> Buttons(string? locale) =>
        _library?.For(locale) is { } content
            ? [new Choice(content.Text(TextKeys.AnswerYes)), new Choice(content.Text(TextKeys.AnswerNo))]
            : base.Buttons(locale);

    private static (Regex Yes, Regex No) Widened(string language) =>
        WidenedByLanguage.GetOrAdd(language, static key =>
        {
            var (yes, no) = Expressions(key);
            return (EverydayYesNo.Combine(yes.ToString(), EverydayYesNo.ExtraYes(key)), EverydayYesNo.Combine(no.ToString(), EverydayYesNo.ExtraNo(key)));
        });
}
