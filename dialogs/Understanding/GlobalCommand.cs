using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Understanding;

/// <summary>The commands that work at any moment, whatever dialog is running.</summary>
public static class GlobalCommand
{
    /// <summary>Show what the person can say.</summary>
    public const string Help = "help";

    /// <summary>Say what the coach is and is not.</summary>
    public const string About = "about";

    /// <summary>Stop the current session.</summary>
    public const string Cancel = "cancel";

    /// <summary>Stop and begin a new session.</summary>
    public const string StartOver = "start over";

    /// <summary>Delete everything stored about the person.</summary>
    public const string DeleteMyData = "delete my data";

    /// <summary>Send the progress summary and chart.</summary>
    public const string ShowProgress = "show my progress";

    /// <summary>Create a report link for a therapist.</summary>
    public const string Export = "export for my therapist";

    /// <summary>Stop the program's check-ins.</summary>
    public const string StopCheckIns = "stop check-ins";

    /// <summary>Pause the check-ins, keeping the program.</summary>
    public const string PauseCheckIns = "pause check-ins";

    /// <summary>Resume paused check-ins.</summary>
    public const string ResumeCheckIns = "resume check-ins";

    /// <summary>No more check-ins today.</summary>
    public const string SkipToday = "skip today";

    /// <summary>Choose new check-in times.</summary>
    public const string ChangeTimes = "change check-in times";

    /// <summary>Move the next check-in an hour later.</summary>
    public const string Snooze = "snooze";

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    // Whole-message matches only: "help" is a command, "this would help my neck" is not.
    private static readonly (string Command, Regex Pattern)[] Patterns =
    [
        (DeleteMyData, new Regex(@"^\s*(please\s+)?(delete|erase|remove|forget)\s+(all\s+)?(my|everything about me|me)(\s+(data|ratings|information|info|log))?\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (ShowProgress, new Regex(@"^\s*(show( me)?|see|view)( my)? (progress|chart|ratings|log)\s*[.!?]*\s*$|^\s*(my )?progress\s*[.!?]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (Export, new Regex(@"^\s*export( (my )?(data|log|ratings))?( for (my|the) (therapist|physio|physiotherapist|doctor))?\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (StopCheckIns, new Regex(@"^\s*(stop|end|cancel) (the )?(check-?ins?|reminders?|program|programme)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (PauseCheckIns, new Regex(@"^\s*pause( (the )?(check-?ins?|reminders?|program|programme))?\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (ResumeCheckIns, new Regex(@"^\s*(resume|restart|unpause)( (the )?(check-?ins?|reminders?|program|programme))\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (SkipToday, new Regex(@"^\s*(skip (today|the rest of today)|not today|no more today)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (ChangeTimes, new Regex(@"^\s*change( (my|the))?( check-?in| reminder)?( times?)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (Snooze, new Regex(@"^\s*(snooze|remind me (later|in an hour)|later)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (StartOver, new Regex(@"^\s*(start (over|again)|restart|begin again|new session|reset)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (Cancel, new Regex(@"^\s*(cancel|quit|exit|never ?mind|forget it)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (Help, new Regex(@"^\s*(help|help me|\?|what can (i|you) (say|do)\??|commands|menu)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
        (About, new Regex(@"^\s*(about|who are you\??|what are you\??|are you a (doctor|human|bot)\??)\s*[.!]*\s*$", RegexOptions.IgnoreCase, Timeout)),
    ];

    /// <summary>The command <paramref name="text"/> asks for, or null.</summary>
    public static string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var (command, pattern) in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                return command;
            }
        }

        return null;
    }
}
