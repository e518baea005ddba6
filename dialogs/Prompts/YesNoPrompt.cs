using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// The coach's yes/no question. It reads what the engine's ConfirmPrompt reads (the official
/// expressions and the buttons) and, from the person's content (patterns.json "answers"), the
/// everyday answers the official ones miss ("claro", "of course", "nah", "not now"). A hedge
/// ("not sure", "maybe", "no sé") is no answer although it contains "no" or "sure": the question
/// is asked again rather than a guess made, which matters most in the red-flag screen.
/// </summary>
public sealed class YesNoPrompt : ConfirmPrompt
{
    private readonly ContentLibrary? _library;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation (the coach's answers to what is neither yes nor no).</param>
    /// <param name="library">
    /// The content whose everyday words and hedges are read, and whose "answer.yes" and
    /// "answer.no" name the buttons, in the person's language; without it, the engine's words only.
    /// </param>
    public YesNoPrompt(string dialogId, PromptValidator<bool>? validator = null, ContentLibrary? library = null)
        : base(dialogId, validator)
    {
        _library = library;
    }

    /// <summary>What <paramref name="text"/> answers for a person whose locale is <paramref name="locale"/>: true, false, or null for no answer (a hedge included).</summary>
    public static bool? Read(string? text, ContentLibrary library, string? locale)
    {
        ArgumentNullException.ThrowIfNull(library);
        return string.IsNullOrWhiteSpace(text) || library.IsHedge(text)
            ? null
            : FirstOf(text, WidenedExpressions(PromptCulture.For(locale), library.For(locale).Patterns.Answers));
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var locale = turnContext.Activity.Locale;
        var culture = PromptCulture.For(locale, DefaultLocale);

        // A hedge is no answer, not even by a button's word.
        bool? answer = null;
        if (!string.IsNullOrWhiteSpace(text) && _library?.IsHedge(text) != true)
        {
            answer = FirstOf(text, WidenedExpressions(culture, _library?.For(locale).Patterns.Answers)) ?? ByButton(text, locale, culture);
        }

        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer is not null, Value = answer ?? false });
    }

    /// <summary>The Yes and No buttons in <paramref name="content"/>'s words, for a dialog that asks again itself.</summary>
    /// <param name="content">The person's language.</param>
    /// <returns>The two choices.</returns>
    public static IList<Choice> ButtonsIn(LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [new Choice(content.Text(TextKeys.AnswerYes)), new Choice(content.Text(TextKeys.AnswerNo))];
    }

    /// <inheritdoc />
    protected override IList<Choice> Buttons(string? locale) =>
        _library?.For(locale) is { } content ? ButtonsIn(content) : base.Buttons(locale);

    // The official expressions of the culture, widened with the content's everyday words when there are any.
    private static (Regex Yes, Regex No) WidenedExpressions(string culture, AnswerPatterns? words)
    {
        var official = Expressions(PromptCulture.LanguageOf(culture));
        return words is null ? official : (Widen(official.Yes, words.Yes), Widen(official.No, words.No));
    }

    // Compiled once per pattern, like every content pattern.
    private static Regex Widen(Regex official, string extra) =>
        string.IsNullOrWhiteSpace(extra) ? official : ContentPatterns.Compile($@"(?:{official})|\b(?:{extra})\b");

    // A button's own word or position ("Sí", "1"), but not a number inside another answer
    // ("the first few steps"): the coach's choice matching, not the official one. Then the button
    // words of the coach's other languages: "sí" in a chat that runs in English is still a yes.
    private bool? ByButton(string text, string? locale, string culture)
    {
        if (ChoiceWords.Recognize(text, Buttons(locale), culture) is { } button)
        {
            return button.Index == 0;
        }

        var own = _library?.For(locale);
        var other = _library?.All
            .Where(content => !ReferenceEquals(content, own))
            .Select(content => ChoiceWords.Recognize(text, [new Choice(content.Text(TextKeys.AnswerYes)), new Choice(content.Text(TextKeys.AnswerNo))], culture))
            .FirstOrDefault(found => found is not null);
        return other is null ? null : other.Index == 0;
    }
}
