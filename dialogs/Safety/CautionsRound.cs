using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Safety;

/// <summary>The cautions gathered so far: options and result of <see cref="CautionsDialog"/>.</summary>
public sealed class CautionsRound
{
    /// <summary>The session.</summary>
    public SessionPlan Plan { get; set; } = new();

    /// <summary>Ids of the cautions that apply.</summary>
    public List<string> CautionIds { get; set; } = [];

    /// <summary>A caution rules out pressure at the spot today.</summary>
    public bool StretchOnly { get; set; }

    /// <summary>The opening question was answered "yes" already.</summary>
    public bool AnyApply { get; set; }
}
