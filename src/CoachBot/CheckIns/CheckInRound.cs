namespace CoachBot.CheckIns;

/// <summary>What one pass of the check-in dispatcher did (counters are updated from parallel sends).</summary>
public sealed class CheckInRound
{
    /// <summary>Sent and accepted by the channel.</summary>
    public int Sent;

    /// <summary>Another instance had claimed them (or they could not be claimed this pass and stay due).</summary>
    public int ClaimedElsewhere;

    /// <summary>Found past the grace window: not sent, schedule moved on.</summary>
    public int Skipped;

    /// <summary>Throttled (429) and stored for a retry.</summary>
    public int Retried;

    /// <summary>Blocked or uninstalled (403/404): schedule stopped.</summary>
    public int Stopped;

    /// <summary>Failed for another reason.</summary>
    public int Failed;

    /// <summary>Everything this pass looked at.</summary>
    public int Total => Sent + ClaimedElsewhere + Skipped + Retried + Stopped + Failed;

    /// <summary>Adds one to <paramref name="counter"/> safely from parallel sends.</summary>
    public void Count(ref int counter) => Interlocked.Increment(ref counter);

    /// <summary>Adds <paramref name="amount"/> to <paramref name="counter"/> safely from parallel sends.</summary>
    public void Count(ref int counter, int amount) => Interlocked.Add(ref counter, amount);
}
