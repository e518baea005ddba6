namespace CoachBot.Progress;

/// <summary>
/// How a person's usual pain moved between their first and last days of ratings, judged by the
/// 30% rule (docs/CLINICAL.md, pain scale and meaningful change), as <see cref="CoachBot.Dialogs.Ratings.PainTrend"/> computes it.
/// </summary>
public enum ProgressTrend
{
    /// <summary>Fewer days of ratings than the comparison needs: no judgement yet.</summary>
    NotEnoughData,

    /// <summary>The recent average is at least 30% lower than the early one.</summary>
    Improving,

    /// <summary>The first days' average was under 3 out of 10: too low for a percentage to mean much.</summary>
    Low,

    /// <summary>Less than a 30% change either way.</summary>
    Flat,

    /// <summary>The recent average is at least 30% or 2 points higher than the early one.</summary>
    Worse,
}
