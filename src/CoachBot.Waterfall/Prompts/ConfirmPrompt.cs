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
/// <para>The official expressions miss some everyday answers; <see cref="ConfirmSupplement"/> adds
/// them ("claro", "vale", "of course", "nah", "bien sûr", "klar", ...).</para>
/// <para>A hedge ("not sure", "maybe", "no sé", "quizás", "peut-être", "vielleicht", "talvez") is no
/// answer even though it contains "no" or "sure": the prompt asks again rather than guess.</para>
/// <para>When an answer contains both a yes and a no ("no, wait, yes"), the first one counts.</para>
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
    public static bool? Interpret(string? text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text) || ConfirmSupplement.IsHedge(text))
        {
            return null;
        }

        var (yes, no) = ExpressionsFor(PromptCulture.LanguageOf(culture));
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
        var result = new PromptRecognizerResult<bool>();
        if (string.IsNullOrWhiteSpace(text) || ConfirmSupplement.IsHedge(text))
        {
            return Task.FromResult(result);
        }

        var culture = PromptCulture.For(turnContext.Activity.Locale, DefaultLocale);
        var answer = Interpret(text, culture);

        // The buttons' own words and positions ("1", "Sí") answer too.
        if (answer is null && ChoiceRecognizers.RecognizeChoice(text, Buttons(turnContext.Activity.Locale), culture) is { } button)
        {
            answer = button.Index == 0;
        }

        result.Succeeded = answer is not null;
        result.Value = answer ?? false;
        return Task.FromResult(result);
    }

    private static (Regex Yes, Regex No) ExpressionsFor(string language) =>
        ExpressionsByLanguage.GetOrAdd(language, static key =>
        {
            // The definitions are constants in one class per language; reflection finds the
            // language's class without listing fourteen types here by hand.
            var definitions = typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions).Assembly
                .GetType($"Microsoft.Recognizers.Definitions.{DefinitionNamespaces.GetValueOrDefault(key, "English")}.ChoiceDefinitions")
                ?? typeof(Microsoft.Recognizers.Definitions.English.ChoiceDefinitions);
            var yes = (string)definitions.GetField("TrueRegex", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var no = (string)definitions.GetField("FalseRegex", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return (ConfirmSupplement.Combine(yes, ConfirmSupplement.ExtraYes(key)), ConfirmSupplement.Combine(no, ConfirmSupplement.ExtraNo(key)));
        });

    private IList<Choice> Buttons(string? locale)
    {
        if (ConfirmChoices is { } custom)
        {
            return [custom.Item1, custom.Item2];
        }

        var language = PromptCulture.LanguageOf(PromptCulture.For(locale, DefaultLocale));
        var (yes, no) = ButtonWords.GetValueOrDefault(language, ButtonWords["en"]);
        return [new Choice(yes), new Choice(no)];
    }
}
