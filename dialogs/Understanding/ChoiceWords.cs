using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Waterfall.Choices;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Dialogs.Understanding;

/// <summary>
/// Finds which choice a person meant, more forgivingly than the engine's official-style
/// ChoiceRecognizers (whole values only, no stemming). In order:
/// <list type="number">
/// <item>The whole answer equals a choice's value, button title or synonym (case and accents aside).</item>
/// <item>Words of the answer match words of a choice ("my low back" picks "lower back" among
/// "neck", "upper back" and "lower back"). Words match when equal or when one starts the other and
/// the shorter has at least three letters, a cheap stand-in for stemming ("low"/"lower",
/// "shoulder"/"shoulders"). Filler words ("my", "the", "mi", "la") are skipped. The choice with the
/// largest share of its words said wins; when two choices tie ("back" for "upper back" and "lower
/// back") nothing is recognized, so the prompt asks again rather than guess.</item>
/// <item>An ordinal ("the second one", "la segunda", "the last one") or a position ("2").</item>
/// </list>
/// </summary>
public static class ChoiceWords
{
    private const int ShortestPrefix = 3;
    private const float LeastScore = 0.45f;
    private static readonly Regex Word = new(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    // Words that say nothing about which choice is meant, in the languages the bot speaks.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "my", "the", "a", "an", "i", "it", "is", "in", "on", "of", "and", "or", "to", "one", "please", "mine", "me", "its", "it's", "that", "this", "think", "would", "say",
        "el", "la", "los", "las", "mi", "mis", "de", "del", "en", "y", "o", "por", "favor", "creo", "que", "es", "lo",
        "le", "les", "du", "des", "ma", "mon", "et", "ou",
        "der", "die", "das", "mein", "meine", "und", "oder",
        "os", "as", "meu", "minha", "um", "uma", "un", "una", "une",
    };

    // Words that may come with a number that picks a choice ("number 2", "option two").
    private static readonly HashSet<string> PositionWords = new(StringComparer.Ordinal) { "number", "option", "choice", "nº", "opcion", "numero" };

    /// <summary>The best match for <paramref name="utterance"/> among <paramref name="choices"/>, or null.</summary>
    /// <param name="utterance">What the person wrote.</param>
    /// <param name="choices">The choices offered.</param>
    /// <param name="culture">A Microsoft.Recognizers culture, for ordinals and numbers.</param>
    /// <returns>The choice found, or null when none (or more than one equally) fits.</returns>
    public static FoundChoice? Recognize(string? utterance, IList<Choice> choices, string culture = Culture.English)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(utterance) || choices.Count == 0)
        {
            return null;
        }

        return ByWholeName(utterance, choices) ?? ByWords(utterance, choices) ?? ByPosition(utterance, choices, culture ?? Culture.English);
    }

    private static IEnumerable<string> NamesOf(Choice choice) =>
        new[] { choice.Value, choice.Action?.Title }.Concat(choice.Synonyms ?? []).OfType<string>().Where(n => !string.IsNullOrWhiteSpace(n));

    private static FoundChoice? ByWholeName(string utterance, IList<Choice> choices)
    {
        var said = Normalize(utterance).Trim();
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var name in NamesOf(choices[index]))
            {
                if (Normalize(name).Trim() == said)
                {
                    return new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f, Synonym = name };
                }
            }
        }

        return null;
    }

    private static FoundChoice? ByWords(string utterance, IList<Choice> choices)
    {
        var said = Tokens(utterance).Where(t => !Filler.Contains(t)).ToList();
        if (said.Count == 0)
        {
            return null;
        }

        FoundChoice? best = null;
        var tied = false;
        for (var index = 0; index < choices.Count; index++)
        {
            FoundChoice? bestOfChoice = null;
            foreach (var name in NamesOf(choices[index]))
            {
                var wanted = Tokens(name).Where(t => !Filler.Contains(t)).ToList();
                // A shortened word ("low" for "lower") counts only beside a whole one ("my low back"):
                // alone, "should" would be a shoulder and "yesterday" a yes.
                var whole = wanted.Count(w => said.Any(s => WholeWord(s, w)));
                var matched = whole == 0 ? 0 : whole + wanted.Count(w => !said.Any(s => WholeWord(s, w)) && said.Any(s => Shortened(s, w)));
                if (matched == 0)
                {
                    continue;
                }

                // The share of the choice's words that were said, slightly lowered by extra words
                // said, so "lower back" beats "back" when both are names of different choices.
                var score = (float)matched / wanted.Count * (0.9f + (0.1f * matched / said.Count));
                if (bestOfChoice is null || score > bestOfChoice.Score)
                {
                    bestOfChoice = new FoundChoice { Value = choices[index].Value, Index = index, Score = score, Synonym = name };
                }
            }

            if (bestOfChoice is null)
            {
                continue;
            }

            if (best is null || bestOfChoice.Score > best.Score + 0.0001f)
            {
                best = bestOfChoice;
                tied = false;
            }
            else if (Math.Abs(bestOfChoice.Score - best.Score) <= 0.0001f)
            {
                tied = true;
            }
        }

        return best is not null && !tied && best.Score >= LeastScore ? best : null;
    }

    // A number or ordinal picks a choice only when the message is nothing else ("2", "the second
    // one"): in "2 weeks" or "the first few steps hurt" it is part of another answer.
    private static FoundChoice? ByPosition(string utterance, IList<Choice> choices, string culture)
    {
        var found = NumberRecognizer.RecognizeOrdinal(utterance, culture).Select(r => (Result: r, Position: Position(r, choices.Count))).FirstOrDefault(p => p.Position is not null);
        if (found.Position is null)
        {
            found = NumberRecognizer.RecognizeNumber(utterance, culture).Select(r => (Result: r, Position: Position(r, choices.Count))).FirstOrDefault(p => p.Position is not null);
        }

        if (found.Position is not { } n || n < 1 || n > choices.Count || n != Math.Floor(n))
        {
            return null;
        }

        var numberWords = Tokens(found.Result.Text ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        if (Tokens(utterance).Any(t => !numberWords.Contains(t) && !Filler.Contains(t) && !PositionWords.Contains(t)))
        {
            return null;
        }

        var index = (int)n - 1;
        return new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f, Synonym = utterance };
    }

    private static double? Position(ModelResult result, int count)
    {
        if (result.Resolution is null)
        {
            return null;
        }

        // "the last one" resolves relative to the end of the list.
        if (result.Resolution.TryGetValue("relativeTo", out var relativeTo) && string.Equals(Convert.ToString(relativeTo, CultureInfo.InvariantCulture), "end", StringComparison.OrdinalIgnoreCase)
            && result.Resolution.TryGetValue("offset", out var offset)
            && int.TryParse(Convert.ToString(offset, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fromEnd))
        {
            return count + fromEnd;
        }

        return result.Resolution.TryGetValue("value", out var value)
            && double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }

    private static IEnumerable<string> Tokens(string text) =>
        Word.Matches(Normalize(text)).Select(m => m.Value);

    // Lower case without accents: people often type "espalda baja" for "espalda bája" and "muneca" for "muñeca".
    private static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
    }

    // The same word, give or take a plural: "shoulders" is "shoulder".
    private static bool WholeWord(string said, string wanted) =>
        said == wanted
        || (wanted.Length >= ShortestPrefix && (said == wanted + "s" || said == wanted + "es" || wanted == said + "s" || wanted == said + "es"));

    // One word the start of the other ("low" and "lower").
    private static bool Shortened(string said, string wanted) =>
        (said.Length >= ShortestPrefix && wanted.StartsWith(said, StringComparison.Ordinal))
        || (wanted.Length >= ShortestPrefix && said.StartsWith(wanted, StringComparison.Ordinal));
}
