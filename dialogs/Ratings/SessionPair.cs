namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// The before and after of one session, paired by session id. A session started from a check-in
/// stores no "before" of its own: the check-in's rating, given minutes earlier under the same
/// session id, is its before.
/// </summary>
/// <param name="SessionId">The session.</param>
/// <param name="LocalDate">The person's local date of the session (yyyy-MM-dd).</param>
/// <param name="Before">The rating before, or null when none was given.</param>
/// <param name="After">The rating after, or null when the session did not get that far.</param>
public sealed record SessionPair(string SessionId, string LocalDate, int? Before, int? After)
{
    /// <summary>True when both ratings are there, so the session's change can be told.</summary>
    public bool IsComplete => Before is not null && After is not null;

    /// <summary>Every session in <paramref name="ratings"/>, oldest first; check-ins that led to no session are not sessions.</summary>
    public static IReadOnlyList<SessionPair> All(IEnumerable<PainRating> ratings) =>
        RatingsOf(ratings)
            .Select(s => new SessionPair(s.SessionId, new[] { s.Before, s.After }.OfType<PainRating>().Min(r => r.LocalDate) ?? string.Empty, s.Before?.Rating, s.After?.Rating))
            .OrderBy(p => p.LocalDate, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The ratings each session's before and after are (the pairing rule above, in one place): for
    /// the chart, which needs when they were given, and for <see cref="All"/>.
    /// </summary>
    public static IEnumerable<(string SessionId, PainRating? Before, PainRating? After)> RatingsOf(IEnumerable<PainRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings
            .Where(r => !string.IsNullOrEmpty(r.SessionId))
            .GroupBy(r => r.SessionId, StringComparer.Ordinal)
            .Where(g => g.Any(r => r.Phase is PainRatingPhases.Before or PainRatingPhases.After))
            .Select(g => (
                g.Key,
                g.FirstOrDefault(r => r.Phase == PainRatingPhases.Before) ?? g.FirstOrDefault(r => r.Phase == PainRatingPhases.CheckIn),
                g.FirstOrDefault(r => r.Phase == PainRatingPhases.After)));
    }
}
