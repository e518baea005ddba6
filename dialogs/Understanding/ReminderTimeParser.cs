using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace CoachBot.Dialogs.Understanding;

/// <summary>
/// Understands reminder times in natural language through the DateTime recognizer: "8am and 7pm",
/// "every evening at 7", "half past six" (which could be either: reported as ambiguous so the
/// coach can ask), "noon and 9 pm". A clock time written with digits only ("9:00") is read as
/// written when the same answer shows a 24-hour clock ("9:00 and 21:00", "07:30"): a person who
/// writes 21:00 means 9:00 in the morning.
/// </summary>
public static class ReminderTimeParser
{
    private static readonly Regex TimexTime = new(@"T(\d{2})(?::(\d{2}))?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private static readonly Regex DigitsClock = new(@"^\d{1,2}:\d{2}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private static readonly Regex TwentyFourHourClock = new(@"^(0\d|1[3-9]|2[0-3]):[0-5]\d$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Parses <paramref name="text"/> in <paramref name="culture"/>.</summary>
    public static ReminderTimes Parse(string? text, string culture = Culture.English)
    {
        var times = new SortedSet<TimeOnly>();
        var ambiguous = new List<(TimeOnly, TimeOnly)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReminderTimes([], []);
        }

        var results = DateTimeRecognizer.RecognizeDateTime(text, culture);
        var onTwentyFourHourClock = results.Any(r => TwentyFourHourClock.IsMatch(r.Text.Trim()));
        foreach (var result in results)
        {
            if (result.Resolution?["values"] is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var candidates = values
                .Where(v => v.GetValueOrDefault("type") is "time" or "set")
                .Select(v => FromTimex(v.GetValueOrDefault("timex")))
                .OfType<TimeOnly>()
                .Distinct()
                .OrderBy(t => t)
                .ToList();
            if (candidates.Count == 1)
            {
                times.Add(candidates[0]);
            }
            else if (candidates.Count == 2 && onTwentyFourHourClock && DigitsClock.IsMatch(result.Text.Trim()))
            {
                times.Add(TimeOnly.ParseExact(result.Text.Trim(), "H:mm", CultureInfo.InvariantCulture));
            }
            else if (candidates.Count == 2)
            {
                ambiguous.Add((candidates[0], candidates[1]));
            }
        }

        return new ReminderTimes([.. times], ambiguous);
    }

    private static TimeOnly? FromTimex(string? timex)
    {
        if (timex is null)
        {
            return null;
        }

        var match = TimexTime.Match(timex);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }
}
