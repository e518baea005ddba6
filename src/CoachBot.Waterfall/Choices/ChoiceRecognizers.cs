using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Waterfall.Choices;

/// <summary>
/// Finds the choices named in an utterance the way the official library's ChoiceRecognizers does:
/// <list type="number">
/// <item>Each choice's value, button title and synonyms are searched for as sequences of words,
/// longest first. Every word of a name must be there, in order, with at most two other words
/// between neighbours ("the red one" finds "red"; "lower back" is found in "my lower back hurts",
/// "back" alone finds neither "upper back" nor "lower back"). Words are compared lower-cased,
/// nothing more: no plural, stem or accent is forgiven.</item>
/// <item>A match scores 1 when its words are side by side and less with words between them; the
/// best match of each choice is kept and matches do not share words.</item>
/// <item>Only when no name is found: an ordinal ("the second one") and then a number ("2") picks
/// the choice at that position.</item>
/// </list>
/// Results come in the order they appear in the utterance; a prompt takes the first.
/// </summary>
public static class ChoiceRecognizers
{
    // How many words may stand between two words of one name.
    private const int MaxTokenDistance = 2;

    private static readonly Regex Token = new(@"[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>The first choice named in <paramref name="utterance"/>, or null.</summary>
    /// <param name="utterance">What the person wrote.</param>
    /// <param name="choices">The choices offered.</param>
    /// <param name="culture">A Microsoft.Recognizers culture, for ordinals and numbers.</param>
    /// <returns>The choice found first in the utterance, or null.</returns>
    public static FoundChoice? RecognizeChoice(string? utterance, IList<Choice> choices, string culture = Culture.English) =>
        RecognizeChoices(utterance, choices, culture).FirstOrDefault();

    /// <summary>Every choice named in <paramref name="utterance"/>, in the order they appear.</summary>
    /// <param name="utterance">What the person wrote.</param>
    /// <param name="choices">The choices offered.</param>
    /// <param name="culture">A Microsoft.Recognizers culture, for ordinals and numbers.</param>
    /// <returns>The choices found, possibly none.</returns>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IList<Choice> choices, string culture = Culture.English)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(utterance) || choices.Count == 0)
        {
            return [];
        }

        var byName = FindByName(utterance, choices);
        if (byName.Count > 0)
        {
            return byName;
        }

        culture ??= Culture.English;
        var byOrdinal = ByPosition(NumberRecognizer.RecognizeOrdinal(utterance, culture), choices);
        return byOrdinal.Count > 0 ? byOrdinal : ByPosition(NumberRecognizer.RecognizeNumber(utterance, culture), choices);
    }

    private static List<FoundChoice> FindByName(string utterance, IList<Choice> choices)
    {
        var said = Tokens(utterance);
        var names = choices
            .SelectMany((choice, index) => new[] { choice.Value, choice.Action?.Title }.Concat(choice.Synonyms ?? [])
                .OfType<string>()
                .Where(name => !string.IsNullOrWhiteSpace(name))
                .Select(name => (Name: name, Index: index)))
            .OrderByDescending(n => n.Name.Length)
            .ToList();

        var matches = new List<(int Start, int End, FoundChoice Found)>();
        foreach (var (name, index) in names)
        {
            var wanted = Tokens(name.Trim());
            for (var from = 0; from < said.Count;)
            {
                if (Match(said, wanted, from) is not { } match)
                {
                    break;
                }

                matches.Add((match.Start, match.End, new FoundChoice { Value = choices[index].Value, Index = index, Score = match.Score, Synonym = name }));
                from = match.End + 1;
            }
        }

        // The best first; each choice once, and no word used by two matches.
        var kept = new List<(int Start, int End, FoundChoice Found)>();
        var usedWords = new HashSet<int>();
        foreach (var match in matches.OrderByDescending(m => m.Found.Score))
        {
            var words = Enumerable.Range(match.Start, match.End - match.Start + 1).ToList();
            if (kept.Any(k => k.Found.Index == match.Found.Index) || words.Any(usedWords.Contains))
            {
                continue;
            }

            usedWords.UnionWith(words);
            kept.Add(match);
        }

        return kept.OrderBy(k => k.Start).Select(k => k.Found).ToList();
    }

    // The words of a name found in order from position "from", each at most MaxTokenDistance words
    // after the one before. Every word must be found: the official default allows no partial match.
    private static (int Start, int End, float Score)? Match(List<string> said, List<string> wanted, int from)
    {
        if (wanted.Count == 0)
        {
            return null;
        }

        int matched = 0, skipped = 0, start = -1, end = -1, next = from;
        foreach (var word in wanted)
        {
            var at = said.IndexOf(word, next);
            if (at < 0)
            {
                continue;
            }

            var distance = matched > 0 ? at - next : 0;
            if (distance > MaxTokenDistance)
            {
                continue;
            }

            matched++;
            skipped += distance;
            next = at + 1;
            start = start < 0 ? at : start;
            end = at;
        }

        // Score: the share of the name's words found, times how close together they were.
        return matched == wanted.Count ? (start, end, (float)matched / (matched + skipped)) : null;
    }

    private static List<FoundChoice> ByPosition(List<ModelResult> results, IList<Choice> choices) =>
        results
            .Select(r => Convert.ToString(r.Resolution?.GetValueOrDefault("value"), CultureInfo.InvariantCulture))
            .Select(value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position - 1 : -1)
            .Where(index => index >= 0 && index < choices.Count)
            .Select(index => new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f, Synonym = choices[index].Value })
            .ToList();

    private static List<string> Tokens(string text) =>
        Token.Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
}
