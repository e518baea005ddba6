namespace CoachBot.CheckIns;

/// <summary>How the check-in dispatcher works (configuration section "CheckIns").</summary>
public sealed class CheckInOptions
{
    /// <summary>A check-in found later than this after its time is skipped, not sent.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>How often storage is asked for due check-ins.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due check-ins one pass takes.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How many sends run at once per instance.</summary>
    public int Parallelism { get; set; } = 16;

    /// <summary>Check-ins sent per second to one Teams tenant, per instance (Teams allows about 30-50 per app).</summary>
    public int TenantSendsPerSecond { get; set; } = 25;

    /// <summary>How often a throttled check-in is retried before it is given up.</summary>
    public int MaxAttempts { get; set; } = 5;
}
