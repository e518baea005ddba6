namespace CoachBot.DirectLine;

/// <summary>What a local Direct Line token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token may be used on.</param>
/// <param name="UserId">The user the token speaks for; Web Chat reads it from the token's "user" claim.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
