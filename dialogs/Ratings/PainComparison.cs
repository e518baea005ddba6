using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// An honest one-line comparison of before and after. A change under 2 points is "about the same"
/// (Farrar 2001: about 2 points or 30% is the smallest change that matters to people).
/// </summary>
public static class PainComparison
{
    /// <summary>The smallest change in points worth calling a change.</summary>
    public const int MeaningfulPoints = 2;

    /// <summary>Describes the change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static string Describe(LanguageContent content, int before, int after)
    {
        ArgumentNullException.ThrowIfNull(content);
        var change = before - after;
        var points = Math.Abs(change);
        var values = new { before, after, points, s = points == 1 ? string.Empty : "s" };
        if (change >= MeaningfulPoints)
        {
            return content.Text(TextKeys.CompareDown, values) + " " + content.Text(TextKeys.CompareMeaningful);
        }

        if (change <= -MeaningfulPoints)
        {
            return content.Text(TextKeys.CompareUp, values);
        }

        return content.Text(TextKeys.CompareSame, values);
    }
}
