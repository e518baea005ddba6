using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Routines;

/// <summary>What a person means by a message sent during a timed hold.</summary>
public static class HoldReply
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);
    private static readonly Regex Stop = new(@"^\s*(stop|stop it|quit|end|enough|cancel the hold|i want to stop)\b", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex TooMuch = new(@"\b(too much|too hard|too strong|ouch|ow+|hurts|it hurts|painful|sharp|lighter|ease off)\b|\uD83D\uDE2B|\uD83D\uDE16|\uD83D\uDE23", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex Done = new(@"^\s*(done|finished|it eased|eased|released|ok done|all done|better now)\b", RegexOptions.IgnoreCase, Timeout);

    /// <summary>"stop", "too much", "done", or null for anything else.</summary>
    public static string? Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Stop.IsMatch(text))
        {
            return TimedHoldEnding.Stopped;
        }

        if (TooMuch.IsMatch(text))
        {
            return "too-much";
        }

        return Done.IsMatch(text) ? TimedHoldEnding.Done : null;
    }
}
