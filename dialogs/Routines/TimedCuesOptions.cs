using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Routines;

/// <summary>What a timed hold says, and how it answers the person while it runs.</summary>
public sealed class TimedCuesOptions
{
    /// <summary>The cues in time order; the first is said at once, the last ends the hold.</summary>
    public List<TimedCue> Cues { get; set; } = [];

    /// <summary>Said when the person says "done" before the end.</summary>
    public string DoneText { get; set; } = string.Empty;

    /// <summary>Said when the person says "too much" or "ouch"; the hold goes on.</summary>
    public string TooMuchText { get; set; } = string.Empty;

    /// <summary>Said when the person says "stop".</summary>
    public string StoppedText { get; set; } = string.Empty;

    /// <summary>Said for anything else while the hold runs.</summary>
    public string WaitingText { get; set; } = string.Empty;

    /// <summary>Said once instead of cues that arrive too late (the bot was down).</summary>
    public string WelcomeBackText { get; set; } = string.Empty;

    /// <summary>What the person may say while the hold runs, in their language.</summary>
    public HoldReplyPatterns Replies { get; set; } = new();

    /// <summary>Cues later than this (real seconds) are replaced by <see cref="WelcomeBackText"/>.</summary>
    public int StaleAfterSeconds { get; set; } = 60;

    /// <summary>A hold with <paramref name="cues"/> that answers in <paramref name="content"/>'s words.</summary>
    public static TimedCuesOptions Create(LanguageContent content, List<TimedCue> cues, string doneKey, string tooMuchKey)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new TimedCuesOptions
        {
            Cues = cues,
            DoneText = content.Text(doneKey),
            TooMuchText = content.Text(tooMuchKey),
            StoppedText = content.Text(TextKeys.ReleaseStopped),
            WaitingText = content.Text(TextKeys.ReleaseWaiting),
            WelcomeBackText = content.Text(TextKeys.ReleaseWelcomeBack),
            StaleAfterSeconds = content.Routine.StaleCueSeconds,
            Replies = content.Patterns.HoldReplies,
        };
    }
}
