using CoachBot.Dialogs.Sessions;
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
        var zoneId = activity.LocalTimezone ?? profileTimeZone ?? "Etc/UTC";
        var zone = FindZone(zoneId);
        var localDate = TimeZoneInfo.ConvertTime(now, zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The delivery id makes a re-delivered message a no-op; without an id, each turn is new.
        var delivery = $"{activity.Conversation?.Id}/{activity.Id ?? Guid.NewGuid().ToString("N")}/{phase}";
        return await log.RecordAsync(
            new PainRating(UserKeys.For(activity), now, rating, phase, plan.AreaId, plan.Side, programDay, plan.SessionId, localDate, zone.Id, activity.ChannelId ?? string.Empty, delivery),
            cancellationToken).ConfigureAwait(false);
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
