namespace CoachBot.Exports;

/// <summary>What a token from a URL turned out to be.</summary>
public enum ExportLinkStatus
{
    /// <summary>No such link (never made, or mistyped): 404.</summary>
    Unknown,

    /// <summary>The link existed but its 24 hours are over: 410 Gone.</summary>
    Expired,

    /// <summary>The link works.</summary>
    Valid,
}
