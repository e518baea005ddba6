namespace CoachBot.Exports;

/// <summary>A newly made link: the secret token (shown once, never stored) and what was stored.</summary>
/// <param name="Token">The URL token: 32 random bytes, base64url.</param>
/// <param name="Link">The stored link.</param>
public sealed record IssuedExportLink(string Token, ExportLink Link);
