using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.State;

/// <summary>
/// A stop that outlasts the conversation it was given in: after an emergency or see-a-doctor
/// outcome, no session gives pressure or stretch instructions until the person says they have been
/// checked. Kept in the person's profile, so every conversation of theirs on the channel sees it.
/// </summary>
[Formerly("CoachBot.Dialogs.Sessions.SafetyHold")]
public sealed class SafetyHold
{
    /// <summary>The outcome that started the hold (see <see cref="SafetyOutcomes"/>).</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>When it started, in UTC ticks (a number, not a date string, so JSON readers keep it as is).</summary>
    public long SinceUtcTicks { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset Since => new(SinceUtcTicks, TimeSpan.Zero);

    /// <summary>
    /// True while the hold stands at <paramref name="now"/>: an emergency hold for
    /// <paramref name="emergencyHold"/>, a see-a-doctor hold until the person confirms.
    /// </summary>
    public bool StandsAt(DateTimeOffset now, TimeSpan emergencyHold) =>
        Outcome != SafetyOutcomes.Emergency || now < Since + emergencyHold;
}
