using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Waterfall;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Dialogs.Understanding;

/// <summary>
/// What number a person means when they rate their pain, read with Microsoft.Recognizers.Text.Number
/// in their language ("seven", "about a 6", "siete", "unos 6") and with the rules a plain number
/// parser gets wrong, in the words of the person's content (patterns.json "ratings"):
/// <list type="bullet">
/// <item>"7/10", "7 out of 10", "seven out of ten", "7 de 10": a score out
/// of ten, so 7 (not the fraction 0.7). Other fractions keep their value ("1/2" is 0.5).</item>
/// <item>"6 or 7", "6-7", "6 to 7", "between 6 and 7", "6 o 7", "entre 6 y 7": between the two, so
/// their mean, 6.5.</item>
/// <item>An article read as a number ("a", "un") and a spelled-out negative
/// found inside a phrase ("menos un" in "más o menos un 5") are ignored when another number is
/// present.</item>
/// <item>Several unrelated numbers ("my neck is 6 and my back 4"): the first.</item>
/// <item>No number at all, or an empty message: none.</item>
/// </list>
/// </summary>
public static class SpokenRating
{
    /// <summary>Reads what number <paramref name="text"/> means in <paramref name="culture"/>, by the rules above, or null when it holds none.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="culture">A Microsoft.Recognizers culture ("en-us", "es-es").</param>
    /// <param name="words">The language's words for a score out of ten, a range and an article (patterns.json "ratings").</param>
    /// <returns>The number, or null.</returns>
    public static double? Read(string? text, string culture, RatingPatterns words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var outOfTen = string.IsNullOrWhiteSpace(words.OutOfTen)
            ? Match.Empty
            : ContentPatterns.Compile($@"^(?<score>.*?\S)\s*(?:{words.OutOfTen})").Match(text);
        if (outOfTen.Success && Read(outOfTen.Groups["score"].Value, culture, words) is { } score)
        {
            return score;
        }

        var numbers = NumberRecognizer.RecognizeNumber(text, culture)
            .Select(r => (r.Start, r.End, Text: r.Text ?? string.Empty, Value: RecognizedNumber.Parse(r.Resolution?.GetValueOrDefault("value"))))
            .Where(n => n.Value is not null)
            .Select(n => (n.Start, n.End, n.Text, Value: n.Value!.Value))
            .ToList();
        if (numbers.Count > 1)
        {
            var meaningful = numbers.Where(n => !words.Articles.Contains(n.Text.Trim(), StringComparer.OrdinalIgnoreCase) && !(n.Value < 0 && !n.Text.Any(char.IsDigit))).ToList();
            numbers = meaningful.Count > 0 ? meaningful : numbers;
        }

        if (numbers.Count >= 2)
        {
            var (first, second) = (numbers[0], numbers[1]);
            var gap = second.Start > first.End ? text[(first.End + 1)..second.Start] : string.Empty;

            // "6-7" can come back as 6 and -7: the minus sign is then the join, not a sign.
            var secondValue = second.Value;
            if (secondValue < 0 && second.Text.TrimStart().StartsWith('-'))
            {
                gap += "-";
                secondValue = -secondValue;
            }

            if (!string.IsNullOrWhiteSpace(words.RangeJoin) &&
                ContentPatterns.Compile($@"^\s*(?:{words.RangeJoin})\s*$").IsMatch(gap))
            {
                return (first.Value + secondValue) / 2;
            }
        }

        return numbers.Count > 0 ? numbers[0].Value : null;
    }
}
