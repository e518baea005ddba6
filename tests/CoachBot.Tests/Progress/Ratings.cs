using CoachBot.Dialogs.Ratings;

namespace CoachBot.Tests.Progress;

/// <summary>Builds pain ratings for tests: one session a day with a before and an after rating, outside a program.</summary>
internal static class Ratings
{
    public static readonly DateOnly FirstDay = new(2026, 11, 2);

    /// <summary>One session per day: day i gets before[i] and after[i], neck, left.</summary>
    public static List<PainRating> Daily(int[] before, int[] after, string user = "msteams/users/ada", string area = "neck")
    {
        var ratings = new List<PainRating>();
        for (var i = 0; i < before.Length; i++)
        {
            ratings.Add(Rating(user, i, before[i], PainRatingPhases.Before, area));
            ratings.Add(Rating(user, i, after[i], PainRatingPhases.After, area));
        }

        return ratings;
    }

    public static PainRating Rating(string user, int day, int value, string phase, string area = "neck", string side = "left")
    {
        var date = FirstDay.AddDays(day);
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(13, 0)), TimeSpan.Zero).AddMinutes(phase == PainRatingPhases.After ? 5 : 0);
        return new PainRating(user, at, value, phase, area, side, 0, $"s{day}", date.ToString("yyyy-MM-dd"), "Europe/London", "directline", $"{user}-{day}-{phase}");
    }
}
