using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Routines;

/// <summary>What a person means by a message sent during a timed hold.</summary>
public static class HoldReply
{
    /// <summary>"stop", "too much", "done", or null for anything else, by the language's <paramref name="replies"/>.</summary>
    public static string? Classify(string? text, HoldReplyPatterns replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ContentPatterns.Matches(replies.Stop, text))
        {
            return TimedHoldEnding.Stopped;
        }

        if (ContentPatterns.Matches(replies.TooMuch, text))
        {
            return "too-much";
        }

        return ContentPatterns.Matches(replies.Done, text) ? TimedHoldEnding.Done : null;
    }
}
