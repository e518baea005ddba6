namespace CoachBot.Waterfall;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>It is starting.</summary>
    BeginCalled,

    /// <summary>It continues with a new activity.</summary>
    ContinueCalled,

    /// <summary>It ended normally.</summary>
    EndCalled,

    /// <summary>Another dialog replaced it.</summary>
    ReplaceCalled,

    /// <summary>It was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step called NextAsync.</summary>
    NextCalled,
}
