using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Waterfall.Choices;

/// <summary>
/// Finds which choice a person meant: by value or synonym, also partly ("my low back" picks
/// "lower back": words match when equal or when one starts the other), then by ordinal ("the
/// second one") or by position ("2").
/// </summary>
public static class ChoiceRecognizers
{
    private const int ShortestPrefix = 3;
    private static readonly Regex Word = new(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    // Words that say nothing about which choice is meant.
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "my", "the", "a", "an", "i", "it", "is", "in", "on", "of", "and", "or", "to", "one", "please", "mine", "me", "its", "it's", "el", "la", "los", "las", "mi", "le", "les", "der", "die", "das", "o", "os", "as", "un", "una",
    };

    /// <summary>The best match for <paramref name="utterance"/> among <paramref name="choices"/>, or null.</summary>
    /// <param name="utterance">What the person wrote.</param>
    /// <param name="choices">The choices offered.</param>
    /// <param name="culture">A Microsoft.Recognizers culture, for ordinals and numbers.</param>
    /// <returns>The choice found, or null.</returns>
    public static FoundChoice? RecognizeChoice(string? utterance, IList<Choice> choices, string culture = Culture.English)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(utterance) || choices.Count == 0)
        {
            return null;
        }

        return ByWords(utterance, choices) ?? ByPosition(utterance, choices, culture);
    }

    private static FoundChoice? ByWords(string utterance, IList<Choice> choices)
    {
        var said = Tokens(utterance).Where(t => !Filler.Contains(t)).ToList();
        FoundChoice? best = null;
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            var names = new[] { choice.Value, choice.Action?.Title }.Concat(choice.Synonyms ?? []).OfType<string>();
            foreach (var name in names)
            {
                if (string.Equals(name.Trim(), utterance.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return new FoundChoice { Value = choice.Value, Index = index, Score = 1f, Synonym = name };
                }

                var wanted = Tokens(name).Where(t => !Filler.Contains(t)).ToList();
                if (wanted.Count == 0)
                {
                    continue;
                }

                var matched = wanted.Count(w => said.Any(s => SameWord(s, w)));
                if (matched == 0)
                {
                    continue;
                }

                // Share of the choice's words that were said, a little less for extra words said.
                var score = (float)matched / wanted.Count * (0.9f + (0.1f * matched / Math.Max(said.Count, 1)));
                if (best is null || score > best.Score)
                {
                    best = new FoundChoice { Value = choice.Value, Index = index, Score = score, Synonym = name };
                }
            }
        }

        return best is { Score: >= 0.45f } ? best : null;
    }

    private static FoundChoice? ByPosition(string utterance, IList<Choice> choices, string culture)
    {
        var ordinal = NumberRecognizer.RecognizeOrdinal(utterance, culture).Select(Position).FirstOrDefault(p => p is not null);
        var position = ordinal ?? NumberRecognizer.RecognizeNumber(utterance, culture).Select(Position).FirstOrDefault(p => p is not null);
        if (position is not { } n || n < 1 || n > choices.Count || n != Math.Floor(n))
        {
            return null;
        }

        var index = (int)n - 1;
        return new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f, Synonym = utterance };
    }

    private static double? Position(ModelResult result) =>
        result.Resolution is not null && result.Resolution.TryGetValue("value", out var value)
            && double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    private static IEnumerable<string> Tokens(string text) =>
        Word.Matches(text.ToLower(CultureInfo.InvariantCulture)).Select(m => m.Value);

    private static bool SameWord(string said, string wanted) =>
        said == wanted
        || (said.Length >= ShortestPrefix && wanted.StartsWith(said, StringComparison.Ordinal))
        || (wanted.Length >= ShortestPrefix && said.StartsWith(wanted, StringComparison.Ordinal));
}
