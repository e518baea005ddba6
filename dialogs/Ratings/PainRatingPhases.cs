namespace CoachBot.Dialogs.Ratings;

/// <summary>The values of <see cref="PainRating.Phase"/> (a storage contract).</summary>
public static class PainRatingPhases
{
    /// <summary>Before a release.</summary>
    public const string Before = "before";

    /// <summary>After the release and stretch.</summary>
    public const string After = "after";

    /// <summary>At a daily check-in.</summary>
    public const string CheckIn = "checkin";
}
