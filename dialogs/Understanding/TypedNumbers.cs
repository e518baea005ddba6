using System.Globalization;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Dialogs.Understanding;

/// <summary>The numbers in a message, in digits or words ("45", "about seventy", "a minute and a half" is not one).</summary>
public static class TypedNumbers
{
    /// <summary>Every number in <paramref name="text"/>, in order, read in <paramref name="culture"/> ("cincuenta y dos" in Spanish).</summary>
    public static IReadOnlyList<double> In(string? text, string culture = Microsoft.Recognizers.Text.Culture.English) =>
        NumberRecognizer.RecognizeNumber(text ?? string.Empty, culture)
            .Select(r => r.Resolution?["value"] as string)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null)
            .OfType<double>()
            .ToList();
}
