namespace CoachBot.CheckIns;

/// <summary>The kinds of <see cref="CheckInDelivery"/>.</summary>
public enum CheckInDeliveryKind
{
    /// <summary>The channel took it.</summary>
    Delivered,

    /// <summary>The channel said 429: try again after a while.</summary>
    RetryLater,

    /// <summary>403 or 404: blocked, uninstalled or gone; stop the schedule.</summary>
    Gone,

    /// <summary>Anything else.</summary>
    Failed,
}
