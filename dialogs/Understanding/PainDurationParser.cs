using System.Globalization;
using CoachBot.Dialogs.Catalogs;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace CoachBot.Dialogs.Understanding;

/// <summary>
/// Understands answers to "how long have you had this?": durations ("3 weeks", "a few days"),
/// start dates ("since March", "since last Tuesday") through the DateTime recognizer, and the
/// vague words people really use ("years", "ages", "desde hace años"), which each language keeps
/// in its patterns.json.
/// </summary>
public static class PainDurationParser
{
    /// <summary>
    /// Parses <paramref name="text"/> relative to <paramref name="now"/> in <paramref name="culture"/>,
    /// with the language's vague <paramref name="words"/>; null when it says nothing about time.
    /// </summary>
    public static PainDuration? Parse(string? text, DateTime now, DurationPatterns words, string culture = Culture.English)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var days = FromRecognizer(text, now, culture);
        if (days is not null)
        {
            return new PainDuration(days, days >= PainDuration.ChronicDays);
        }

        if (ContentPatterns.Matches(words.Chronic, text))
        {
            return new PainDuration(null, true);
        }

        if (ContentPatterns.Matches(words.Recent, text))
        {
            return new PainDuration(0, false);
        }

        if (ContentPatterns.Matches(words.FewWeeks, text))
        {
            return new PainDuration(21, false);
        }

        return ContentPatterns.Matches(words.FewDays, text) ? new PainDuration(3, false) : null;
    }

    private static int? FromRecognizer(string text, DateTime now, string culture)
    {
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, now))
        {
            if (result.Resolution?["values"] is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            foreach (var value in values)
            {
                var days = value.GetValueOrDefault("type") switch
                {
                    "duration" when double.TryParse(value.GetValueOrDefault("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        => (int?)Math.Round(seconds / 86_400),
                    "daterange" or "datetimerange" or "date" or "datetime" => DaysSince(value, now),
                    _ => null,
                };
                if (days is not null)
                {
                    return days;
                }
            }
        }

        return null;
    }

    // "since March" resolves to a range that starts in March; only starts in the past count.
    private static int? DaysSince(Dictionary<string, string> value, DateTime now)
    {
        var start = value.GetValueOrDefault("start") ?? value.GetValueOrDefault("value");
        if (start is null || !DateTime.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var since) || since > now)
        {
            return null;
        }

        return (int)(now - since).TotalDays;
    }
}
