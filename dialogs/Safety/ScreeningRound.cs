using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Safety;

/// <summary>Where the screen is: the options each round of <see cref="ScreeningDialog"/> starts with.</summary>
public sealed class ScreeningRound
{
    /// <summary>The session being screened.</summary>
    public SessionPlan Plan { get; set; } = new();

    /// <summary>The question to ask next.</summary>
    public int Index { get; set; }

    /// <summary>An earlier answer already called for a therapist.</summary>
    public bool TherapistAdvised { get; set; }
}
