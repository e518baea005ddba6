namespace CoachBot.Waterfall;

/// <summary>One reading of a date or time answer, as the DateTime recognizer resolves it.</summary>
public class DateTimeResolution
{
    /// <summary>A point in time ("2026-11-26 19:00:00"), when it is one.</summary>
    public string? Value { get; set; }

    /// <summary>The start of a range.</summary>
    public string? Start { get; set; }

    /// <summary>The end of a range.</summary>
    public string? End { get; set; }

    /// <summary>The TIMEX expression ("XXXX-XX-XXT08", "2026-11-26T19", "PT2H").</summary>
    public string? Timex { get; set; }
}
