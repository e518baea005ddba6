using System.Globalization;

namespace CoachBot.Waterfall;

/// <summary>The value of a Microsoft.Recognizers number resolution, whatever the culture wrote it in.</summary>
public static class RecognizedNumber
{
    /// <summary>A resolution's "value" ("6,5" in Spanish, "1000.5") as a number, or null.</summary>
    public static double? Parse(object? value)
    {
        // Resolutions come back in the culture's notation ("6,5" in Spanish, "1000,5").
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Contains(','))
        {
            text = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
