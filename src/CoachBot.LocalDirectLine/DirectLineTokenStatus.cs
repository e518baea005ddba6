namespace CoachBot.DirectLine;

/// <summary>The outcome of reading a local Direct Line token.</summary>
public enum DirectLineTokenStatus
{
    /// <summary>Signed by this host and not expired.</summary>
    Valid,

    /// <summary>Not a token of this host (bad format or signature): 401.</summary>
    Invalid,

    /// <summary>Signed by this host but past its expiry: 403 TokenExpired.</summary>
    Expired,
}
