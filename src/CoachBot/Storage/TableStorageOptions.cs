namespace CoachBot.Storage;

/// <summary>Where the coach keeps its tables (configuration section "Storage").</summary>
public sealed class TableStorageOptions
{
    /// <summary>Azurite on 127.0.0.1:10002, the default for local runs.</summary>
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    /// <summary>The Azure Table storage connection string.</summary>
    public string ConnectionString { get; set; } = DevelopmentConnectionString;

    /// <summary>The table that holds conversation and user state.</summary>
    public string BotStateTable { get; set; } = "BotState";

    /// <summary>The table that holds pain ratings (a contract: exports and checks read it).</summary>
    public string PainRatingsTable { get; set; } = "PainRatings";

    /// <summary>The table that holds each person's next daily check-in.</summary>
    public string CheckInsTable { get; set; } = "CheckIns";

    /// <summary>The table that holds the durable timers of release and stretch cues.</summary>
    public string ReleaseTimersTable { get; set; } = "ReleaseTimers";

    /// <summary>The table that holds the therapist export links (hashed tokens, 24-hour expiry).</summary>
    public string ExportLinksTable { get; set; } = "ExportLinks";

    /// <summary>The table that holds the host's own signing keys (no personal data), so that what they sign survives a restart.</summary>
    public string HostKeysTable { get; set; } = "HostKeys";

    /// <summary>How many days a pain rating is kept before the host deletes it (Storage:RetentionDays).</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the host deletes ratings past <see cref="RetentionDays"/> and export links past their expiry.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
