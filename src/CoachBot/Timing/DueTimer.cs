using Azure;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Schema;

namespace CoachBot.Timing;

/// <summary>A stored timer whose time has come, with the ETag needed to claim it.</summary>
/// <param name="RowKey">Its row.</param>
/// <param name="ETag">Its version; the claim succeeds only if nobody claimed it since.</param>
/// <param name="Reference">The conversation to resume.</param>
/// <param name="Request">What to send.</param>
public sealed record DueTimer(string RowKey, ETag ETag, ConversationReference Reference, TimerRequest Request);
