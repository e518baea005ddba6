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

    /// <summary>The live timer card's title: the phase and the area ("Stretch: Neck").</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The card's Done button; the hold replies read it as done.</summary>
    public string DoneButton { get; set; } = string.Empty;

    /// <summary>The card's Too much button; the hold replies read it as too much.</summary>
    public string TooMuchButton { get; set; } = string.Empty;

    /// <summary>What the card says once the hold has ended.</summary>
    public string FinishedLabel { get; set; } = string.Empty;

    /// <summary>What the card says once the person stopped.</summary>
    public string StoppedLabel { get; set; } = string.Empty;

    /// <summary>Said for anything else while the hold runs.</summary>
    public string WaitingText { get; set; } = string.Empty;

    /// <summary>Said once instead of cues that arrive too late (the bot was down).</summary>
    public string WelcomeBackText { get; set; } = string.Empty;

    /// <summary>What the person may say while the hold runs, in their language.</summary>
    public HoldReplyPatterns Replies { get; set; } = new();

    /// <summary>Cues later than this (real seconds) are replaced by <see cref="WelcomeBackText"/>.</summary>
    public int StaleAfterSeconds { get; set; } = 60;

    /// <summary>
    /// A hold with <paramref name="cues"/> that answers in <paramref name="content"/>'s words; each
    /// cue but the last learns the time to go, counted to the last cue.
    /// </summary>
    /// <param name="content">The person's language.</param>
    /// <param name="cues">The cues in time order.</param>
    /// <param name="doneKey">The text said on "done".</param>
    /// <param name="tooMuchKey">The text said on "too much".</param>
    /// <param name="title">The live timer card's title.</param>
    public static TimedCuesOptions Create(LanguageContent content, List<TimedCue> cues, string doneKey, string tooMuchKey, string title)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(cues);
        var end = cues.Count == 0 ? 0 : cues[^1].AtSeconds;
        return new TimedCuesOptions
        {
            Cues = [.. cues.Select((cue, i) => i == cues.Count - 1 ? cue : cue with { Left = content.Text(TextKeys.TimerLeft, new { seconds = (int)Math.Round(end - cue.AtSeconds) }) })],
            Title = title,
            DoneButton = content.Text(TextKeys.TimerDone),
            TooMuchButton = content.Text(TextKeys.TimerTooMuch),
            FinishedLabel = content.Text(TextKeys.TimerFinished),
            StoppedLabel = content.Text(TextKeys.TimerStopped),
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
