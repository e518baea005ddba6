namespace CoachBot.Exports;

/// <summary>
/// A therapist export link as stored: whose data it opens, the notes the person chose to add, and
/// when it stops working. The token itself is not part of it: only its hash is stored.
/// </summary>
/// <param name="UserKey">The person whose ratings the link shows.</param>
/// <param name="Notes">Medications and health conditions the person chose to share (plain text, may be empty).</param>
/// <param name="Locale">The person's locale, for area names in the report.</param>
/// <param name="CreatedAt">When the link was made (UTC).</param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
public sealed record ExportLink(string UserKey, string Notes, string Locale, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
