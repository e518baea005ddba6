using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Understanding;

/// <summary>The commands that work at any moment, whatever dialog is running; their words are in each language's patterns.json.</summary>
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

    /// <summary>Every command, for checking that a language's patterns.json asks for each.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Help, About, Cancel, StartOver, DeleteMyData, ShowProgress, Export, StopCheckIns, PauseCheckIns, ResumeCheckIns, SkipToday, ChangeTimes, Snooze];

    /// <summary>
    /// The command <paramref name="text"/> asks for as a whole message ("help" is a command, "this
    /// would help my neck" is not), in the person's language or else in any other language of the
    /// coach: a person whose chat runs in English may still type "borrar mis datos", and that must
    /// never go unheard. Null when it is none.
    /// </summary>
    public static string? Recognize(string? text, LanguageContent content, ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(library);
        return content.Patterns.RecognizeCommand(text)
            ?? library.All.Where(other => !ReferenceEquals(other, content)).Select(other => other.Patterns.RecognizeCommand(text)).FirstOrDefault(command => command is not null);
    }
}
