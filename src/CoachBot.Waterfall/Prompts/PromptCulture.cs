using Microsoft.Recognizers.Text;

namespace CoachBot.Waterfall;

/// <summary>Maps an activity's locale ("es-MX") to the Recognizers culture that reads it ("es-es").</summary>
public static class PromptCulture
{
    /// <summary>The Recognizers culture for <paramref name="locale"/>, or <paramref name="fallback"/>, or English.</summary>
    /// <param name="locale">The activity's locale.</param>
    /// <param name="fallback">The prompt's default locale.</param>
    /// <returns>A Microsoft.Recognizers culture code.</returns>
    public static string For(string? locale, string? fallback = null)
    {
        foreach (var candidate in new[] { locale, fallback })
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            var mapped = Culture.MapToNearestLanguage(candidate.ToLowerInvariant());
            if (Culture.GetSupportedCultureCodes().Contains(mapped))
            {
                return mapped;
            }
        }

        return Culture.English;
    }

    /// <summary>The two-letter language of a Recognizers culture ("es-es" gives "es").</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The language.</returns>
    public static string LanguageOf(string culture) => (culture ?? Culture.English).Split('-')[0];
}
