using System.Globalization;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Dialogs.Understanding;

/// <summary>The numbers in a message, in digits or words ("45", "about seventy", "a minute and a half" is not one).</summary>
public static class TypedNumbers
{
    /// <summary>Every number in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<double> In(string? text) =>
        NumberRecognizer.RecognizeNumber(text ?? string.Empty, Microsoft.Recognizers.Text.Culture.English)
            .Select(r => r.Resolution?["value"] as string)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null)
            .OfType<double>()
            .ToList();
}
