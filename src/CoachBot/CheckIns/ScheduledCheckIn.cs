using Azure;
using Microsoft.Bot.Schema;

namespace CoachBot.CheckIns;

/// <summary>A stored check-in that is due, with the ETag needed to claim it.</summary>
/// <param name="RowKey">Its row (due time first).</param>
/// <param name="ETag">Its version; a claim succeeds only if nobody claimed it since.</param>
/// <param name="UserKey">Whose check-in.</param>
/// <param name="DueAt">When it was due (UTC).</param>
/// <param name="Reference">The conversation to send it to.</param>
/// <param name="Schedule">The person's daily times and zone, to compute the next one.</param>
/// <param name="IsRetry">A one-off retry after the channel asked to slow down (429), not a daily slot.</param>
/// <param name="Attempts">How many times delivery was tried.</param>
public sealed record ScheduledCheckIn(
    string RowKey,
    ETag ETag,
    string UserKey,
    DateTimeOffset DueAt,
    ConversationReference Reference,
    CheckInSchedule Schedule,
    bool IsRetry,
    int Attempts);
