namespace CoachBot.Dialogs.State;

/// <summary>
/// One session as it takes shape: filled in step by step and passed between the dialogs, and
/// stored with the dialog stack, so it survives restarts mid-session.
/// </summary>
[Formerly("CoachBot.Dialogs.Sessions.SessionPlan")]
public sealed class SessionPlan
{
    /// <summary>Groups this session's ratings.</summary>
    public string SessionId { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The area being worked on.</summary>
    public string AreaId { get; set; } = string.Empty;

    /// <summary>Other areas mentioned, for another session.</summary>
    public List<string> OtherAreaIds { get; set; } = [];

    /// <summary>left, right, both, middle or empty.</summary>
    public string Side { get; set; } = string.Empty;

    /// <summary>How many days they have had the pain, when known.</summary>
    public int? DurationDays { get; set; }

    /// <summary>Three months or more.</summary>
    public bool IsChronic { get; set; }

    /// <summary>The rating before the release.</summary>
    public int? PainBefore { get; set; }

    /// <summary>The rating after the stretch.</summary>
    public int? PainAfter { get; set; }

    /// <summary>Cautions that apply (ids from cautions.json).</summary>
    public List<string> CautionIds { get; set; } = [];

    /// <summary>Pressure must be skipped today (a skin problem or recent surgery at the spot).</summary>
    public bool StretchOnly { get; set; }

    /// <summary>The tool: thumb, knuckle or ball.</summary>
    public string Tool { get; set; } = string.Empty;

    /// <summary>The chosen release hold in seconds.</summary>
    public int ReleaseSeconds { get; set; }

    /// <summary>Whether ratings may be stored.</summary>
    public bool StoreRatings { get; set; }

    /// <summary>The day of the two-week program (0 outside it), stored with ratings.</summary>
    public int ProgramDay { get; set; }

    /// <summary>Started from a check-in, which already asked consent, the area, the rating and the re-screen.</summary>
    public bool FromCheckIn { get; set; }

    /// <summary>For a check-in session: the area's own red-flag questions were answered in an earlier session.</summary>
    public bool AreaScreenedBefore { get; set; }

    /// <summary>The screen advised seeing a licensed therapist.</summary>
    public bool AdviseTherapist { get; set; }

    /// <summary>Whether the person is an older adult, whose stretches are held longer and more gently.</summary>
    public bool OlderAdult { get; set; }

    /// <summary>The person's age when they typed it (or the lowest of their group), so age-bound questions can be left out; null when not known.</summary>
    public int? AgeYears { get; set; }
}
