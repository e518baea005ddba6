namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// One pain rating as the PainRatings table keeps it (a contract: exports and outside checks read
/// these fields). Ratings are immutable: a correction is a new rating.
/// </summary>
/// <param name="UserKey">Whose rating (see <see cref="PainRatingPhases"/> for the phase values).</param>
/// <param name="RecordedAt">When it was given (UTC).</param>
/// <param name="Rating">0 (no pain) to 10 (worst imaginable).</param>
/// <param name="Phase">before, after or checkin.</param>
/// <param name="Area">The area id, e.g. "neck".</param>
/// <param name="Side">left, right, both, or empty.</param>
/// <param name="ProgramDay">The day of the two-week program, 0 outside it.</param>
/// <param name="SessionId">Groups the before and after of one session.</param>
/// <param name="LocalDate">yyyy-MM-dd in the person's time zone.</param>
/// <param name="TimeZone">The person's IANA time zone.</param>
/// <param name="Channel">The channel it came through (msteams, directline, ...).</param>
/// <param name="DeliveryId">Identifies the message that carried it, so a re-delivery is not stored twice.</param>
public sealed record PainRating(
    string UserKey,
    DateTimeOffset RecordedAt,
    int Rating,
    string Phase,
    string Area,
    string Side,
    int ProgramDay,
    string SessionId,
    string LocalDate,
    string TimeZone,
    string Channel,
    string DeliveryId);
