namespace CoachBot.CheckIns;

/// <summary>Sends one check-in into its conversation.</summary>
public interface ICheckInSender
{
    /// <summary>Starts the check-in in the person's conversation and reports what the channel said.</summary>
    Task<CheckInDelivery> SendAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken);
}
