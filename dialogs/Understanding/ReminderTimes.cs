namespace CoachBot.Dialogs.Understanding;

/// <summary>What a person said about when to be reminded.</summary>
/// <param name="Times">The times of day understood, earliest first.</param>
/// <param name="Ambiguous">Times that could be morning or evening ("half past six"): each pair is (morning, evening).</param>
[Formerly("CoachBot.Dialogs.CheckIns.ReminderTimes")]
public sealed record ReminderTimes(IReadOnlyList<TimeOnly> Times, IReadOnlyList<(TimeOnly Morning, TimeOnly Evening)> Ambiguous)
{
    /// <summary>True when nothing was understood.</summary>
    public bool IsEmpty => Times.Count == 0 && Ambiguous.Count == 0;
}
