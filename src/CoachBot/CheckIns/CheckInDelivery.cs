namespace CoachBot.CheckIns;

/// <summary>What happened when a check-in was sent.</summary>
/// <param name="Kind">Delivered, RetryLater, Gone or Failed.</param>
/// <param name="RetryAfter">For RetryLater: how long the channel asked us to wait.</param>
public sealed record CheckInDelivery(CheckInDeliveryKind Kind, TimeSpan RetryAfter = default)
{
    /// <summary>The channel took it.</summary>
    public static CheckInDelivery Delivered { get; } = new(CheckInDeliveryKind.Delivered);

    /// <summary>The person blocked or removed the bot, or the conversation is gone.</summary>
    public static CheckInDelivery Gone { get; } = new(CheckInDeliveryKind.Gone);

    /// <summary>Something else went wrong; the daily schedule carries on.</summary>
    public static CheckInDelivery Failed { get; } = new(CheckInDeliveryKind.Failed);
}
