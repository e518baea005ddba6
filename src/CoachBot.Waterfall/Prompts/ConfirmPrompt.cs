using System.Reflection;
using System.Text.RegularExpressions;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Waterfall;

/// <summary>
/// Asks a yes/no question. Answers are read with the yes/no expressions Microsoft.Recognizers
/// defines for each language ("yep", "sí", "oui", "ja", "não", a thumbs-up or thumbs-down emoji),
/// or as the position of the Yes/No buttons ("1", "2"). Hedges ("not sure", "maybe") are not an
/// answer, even though "sure" alone means yes.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex Hedge = new(@"\b(not sure|unsure|don'?t know|dunno|maybe|perhaps|no sé|quizás|peut-être|vielleicht|talvez)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);

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

    /// <summary>How the Yes/No buttons are shown.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>The locale used when the activity has none.</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>What <paramref name="text"/> answers in <paramref name="culture"/>: true, false, or null.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="culture">A Recognizers culture.</param>
    /// <returns>The answer, or null when there is none.</returns>
    public static bool? Interpret(string? text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text) || Hedge.IsMatch(text))
        {
            return null;
        }

        var (yes, no) = Expressions(PromptCulture.LanguageOf(culture));
        var yesAt = yes.Match(text);
        var noAt = no.Match(text);
        return (yesAt.Success, noAt.Success) switch
        {
            (true, false) => true,
            (false, true) => false,

            // "no, yes" and the like: the first word counts.
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
        var message = AppendChoices(prompt, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.ConversationType, Buttons(turnContext.Activity.Locale), options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        var text = turnContext.Activity.Text;
        var answer = Interpret(text, culture);
        if (answer is null && ChoiceRecognizers.RecognizeChoice(text, Buttons(turnContext.Activity.Locale), culture) is { } button)
        {
            answer = button.Index == 0;
        }

        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer is not null, Value = answer ?? false });
    }

    private IList<Choice> Buttons(string? locale)
    {
        var language = PromptCulture.LanguageOf(PromptCulture.For(locale, DefaultLocale));
        var (yes, no) = ButtonWords.GetValueOrDefault(language, ButtonWords["en"]);
        return [new Choice(yes), new Choice(no)];
    }

    private static (Regex Yes, Regex No) Expressions(string language)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = "English", ["es"] = "Spanish", ["fr"] = "French", ["de"] = "German", ["pt"] = "Portuguese",
            ["it"] = "Italian", ["nl"] = "Dutch", ["zh"] = "Chinese", ["ja"] = "Japanese", ["tr"] = "Turkish",
            ["sv"] = "Swedish", ["bg"] = "Bulgarian", ["hi"] = "Hindi", ["ar"] = "Arabic",
        };
        var type = typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions).Assembly
            .GetType($"Microsoft.Recognizers.Definitions.{names.GetValueOrDefault(language, "English")}.ChoiceDefinitions")
            ?? typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions);
        var yes = (string)type.GetField("TrueRegex", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var no = (string)type.GetField("FalseRegex", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return (new Regex(yes, RegexOptions.IgnoreCase, MatchTimeout), new Regex(no, RegexOptions.IgnoreCase, MatchTimeout));
    }
}
