using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks a yes/no question and shows Yes/No buttons in the person's language. An answer is read
/// with the yes/no expressions Microsoft.Recognizers.Definitions has for the language
/// (<c>ChoiceDefinitions.TrueRegex</c>/<c>FalseRegex</c>: "yep", "nope", "sí", "oui", "ja", "não",
/// and a thumbs-up 👍 or thumbs-down 👎 in every language), then as one of the buttons ("1",
/// "2", "Sí").
/// </summary>
/// <remarks>
/// As in the official library, when an answer contains both a yes and a no ("no, wait, yes") the
/// first one counts, and nothing else is read into it. A bot that knows more everyday answers
/// overrides <see cref="OnRecognizeAsync"/>, using <see cref="Expressions"/>, <see cref="FirstOf"/>
/// and <see cref="Buttons"/>.
/// </remarks>
public class ConfirmPrompt : Prompt<bool>
{
    private static readonly ConcurrentDictionary<string, (Regex Yes, Regex No)> ExpressionsByLanguage = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> DefinitionNamespaces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Spanish", ["fr"] = "French", ["de"] = "German", ["pt"] = "Portuguese",
        ["it"] = "Italian", ["nl"] = "Dutch", ["zh"] = "Chinese", ["ja"] = "Japanese", ["tr"] = "Turkish",
        ["sv"] = "Swedish", ["bg"] = "Bulgarian", ["hi"] = "Hindi", ["ar"] = "Arabic",
    };

    private static readonly Dictionary<string, (string Yes, string No)> ButtonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ("Yes", "No"),
        ["es"] = ("Sí", "No"),
        ["fr"] = ("Oui", "Non"),
        ["de"] = ("Ja", "Nein"),
        ["pt"] = ("Sim", "Não"),
        ["it"] = ("Sì", "No"),
        ["nl"] = ("Ja", "Nee"),
    };

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">Optional validation.</param>
    /// <param name="defaultLocale">The locale used when the activity has none.</param>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>How the Yes/No buttons are shown; <see cref="PromptOptions.Style"/> overrides it per question.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>The locale used when the activity has none.</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>Custom Yes and No buttons; by default "Yes"/"No" in the person's language.</summary>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    /// <summary>What <paramref name="text"/> answers in <paramref name="culture"/>: true, false, or null for no answer (a hedge included).</summary>
    /// <param name="text">The answer.</param>
    /// <param name="culture">A Microsoft.Recognizers culture ("en-us", "es-es").</param>
    /// <returns>The answer, or null.</returns>
    public static bool? Interpret(string? text, string culture) =>
        string.IsNullOrWhiteSpace(text) ? null : FirstOf(text, Expressions(PromptCulture.LanguageOf(culture)));

    /// <summary>Which of <paramref name="expressions"/> matches <paramref name="text"/> first: true for yes, false for no, null for neither.</summary>
    protected static bool? FirstOf(string text, (Regex Yes, Regex No) expressions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (yes, no) = expressions;
        var yesAt = yes.Match(text);
        var noAt = no.Match(text);
        return (yesAt.Success, noAt.Success) switch
        {
            (true, false) => true,
            (false, true) => false,
            (true, true) => yesAt.Index < noAt.Index,
            _ => null,
        };
    }

    /// <inheritdoc />
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = turnContext.Activity;
        var message = AppendChoices(prompt, activity.ChannelId, activity.Conversation?.ConversationType, Buttons(activity.Locale), options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        var answer = Interpret(text, culture) ?? AnswerByButton(turnContext, culture);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer is not null, Value = answer ?? false });
    }

    /// <summary>The answer given by a button's own word or position ("Sí", "1"), or null.</summary>
    protected bool? AnswerByButton(ITurnContext turnContext, string culture)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return string.IsNullOrWhiteSpace(text) || ChoiceRecognizers.RecognizeChoice(text, Buttons(turnContext.Activity.Locale), culture) is not { } button
            ? null
            : button.Index == 0;
    }

    /// <summary>The official yes and no expressions of <paramref name="language"/> (English when it has none).</summary>
    protected static (Regex Yes, Regex No) Expressions(string language) =>
        ExpressionsByLanguage.GetOrAdd(language, static key =>
        {
            // The definitions are constants in one class per language; reflection finds the
            // language's class without listing fourteen types here by hand.
            var definitions = typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions).Assembly
                .GetType($"Microsoft.Recognizers.Definitions.{DefinitionNamespaces.GetValueOrDefault(key, "English")}.ChoiceDefinitions")
                ?? typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions);
            var yes = (string)definitions.GetField("TrueRegex", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var no = (string)definitions.GetField("FalseRegex", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return (Compile(yes), Compile(no));
        });

    /// <summary>
    /// The Yes and No buttons for <paramref name="locale"/>: <see cref="ConfirmChoices"/>, or the two
    /// words in that language. Virtual so that a prompt whose words live elsewhere (an app's own
    /// content) can name them; the official prompt reaches the same through its ChoiceDefaults.
    /// </summary>
    protected virtual IList<Choice> Buttons(string? locale)
    {
        if (ConfirmChoices is { } custom)
        {
            return [custom.Item1, custom.Item2];
        }

        var language = PromptCulture.LanguageOf(PromptCulture.For(locale, DefaultLocale));
        var (yes, no) = ButtonWords.GetValueOrDefault(language, ButtonWords["en"]);
        return [new Choice(yes), new Choice(no)];
    }

    // The definitions' expressions match anywhere; case is ignored as the official recognizer ignores it.
    private static Regex Compile(string expression) =>
        new(expression, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
}
