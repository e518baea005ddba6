using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// Turns a rating given in a conversation into a stored <see cref="PainRating"/>, with the
/// person's local date and time zone, and only when they agreed to storage.
/// </summary>
public sealed class RatingRecorder(IPainLog log, TimeProvider time)
{
    /// <summary>Records <paramref name="rating"/> for the sender of the current activity; false when not stored.</summary>
    public async Task<bool> RecordAsync(ITurnContext turn, SessionPlan plan, string phase, int rating, string? profileTimeZone, int programDay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.StoreRatings)
        {
            return false;
        }

        var activity = turn.Activity;
        var now = time.GetUtcNow();
        // A zone that names no real zone ("America") must never cost the rating: the next known
        // one is used, and UTC when there is none.
        var zone = TimeZoneIds.Find(activity.LocalTimezone) ?? TimeZoneIds.Find(profileTimeZone) ?? TimeZoneInfo.Utc;
        var localDate = TimeZoneInfo.ConvertTime(now, zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // One rating per phase of a session: a re-delivered message, or the same answer sent again
        // after storage did not answer, is a no-op.
        var delivery = $"{plan.SessionId}/{phase}";
        return await log.RecordAsync(
            new PainRating(UserKeys.For(activity), now, rating, phase, plan.AreaId, plan.Side, programDay, plan.SessionId, localDate, zone.Id, activity.ChannelId ?? string.Empty, delivery),
            cancellationToken).ConfigureAwait(false);
    }
}
