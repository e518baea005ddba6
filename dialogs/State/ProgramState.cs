namespace CoachBot.Dialogs.State;

/// <summary>A person's two-week program (kept in their profile).</summary>
[Formerly("CoachBot.Dialogs.CheckIns.ProgramState")]
public sealed class ProgramState
{
    /// <summary>The program lasts this many days.</summary>
    public const int Days = 14;

    /// <summary>True while check-ins run.</summary>
    public bool Active { get; set; }

    /// <summary>True while paused by the person (the schedule is removed, the program kept).</summary>
    public bool Paused { get; set; }

    /// <summary>Day 1, local (yyyy-MM-dd).</summary>
    public string StartDate { get; set; } = string.Empty;

    /// <summary>The daily times ("08:00").</summary>
    public List<string> Times { get; set; } = [];

    /// <summary>The areas to rotate between.</summary>
    public List<string> AreaIds { get; set; } = [];

    /// <summary>The side of the first session.</summary>
    public string Side { get; set; } = string.Empty;

    /// <summary>Cautions the person told us about.</summary>
    public List<string> CautionIds { get; set; } = [];

    /// <summary>The rating before the first session: the person's own baseline.</summary>
    public int Baseline { get; set; }

    /// <summary>Why it stopped early (a safety stop), if it did.</summary>
    public string? StoppedBecause { get; set; }

    /// <summary>The times as TimeOnly (derived, not stored).</summary>
    [Newtonsoft.Json.JsonIgnore]
    public IReadOnlyList<TimeOnly> TimesOfDay => Times.Select(t => TimeOnly.ParseExact(t, "HH:mm", System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The program day of <paramref name="localDate"/> (1 on the start date).</summary>
    public int DayOf(DateOnly localDate) =>
        localDate.DayNumber - DateOnly.ParseExact(StartDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber + 1;
}
