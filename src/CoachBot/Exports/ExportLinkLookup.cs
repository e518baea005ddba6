namespace CoachBot.Exports;

/// <summary>The result of looking up a token.</summary>
/// <param name="Status">Valid, expired or unknown.</param>
/// <param name="Link">The link, only when <paramref name="Status"/> is <see cref="ExportLinkStatus.Valid"/>.</param>
public sealed record ExportLinkLookup(ExportLinkStatus Status, ExportLink? Link)
{
    /// <summary>A token that matches no link.</summary>
    public static ExportLinkLookup Unknown { get; } = new(ExportLinkStatus.Unknown, null);

    /// <summary>A token whose link has run out.</summary>
    public static ExportLinkLookup Expired { get; } = new(ExportLinkStatus.Expired, null);
}
