using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs;

/// <summary>The ids of the coach's dialogs and prompts, in one place so they stay unique.</summary>
public static class DialogIds
{
    /// <summary>The root dialog.</summary>
    public const string Main = "main";

    /// <summary>The session waterfall inside the root.</summary>
    public const string Session = "session";

    /// <summary>Where it hurts, for how long, how much.</summary>
    public const string WhereItHurts = "whereItHurts";

    /// <summary>The red-flag screen.</summary>
    public const string Screening = "screening";

    /// <summary>Health conditions that change the instructions.</summary>
    public const string Cautions = "cautions";

    /// <summary>The guided release.</summary>
    public const string Release = "release";

    /// <summary>The stretch.</summary>
    public const string Stretch = "stretch";

    /// <summary>A timed hold with cues.</summary>
    public const string TimedHold = "timedHold";

    /// <summary>The offer of the two-week program.</summary>
    public const string Enrol = "enrol";

    /// <summary>A daily check-in.</summary>
    public const string CheckIn = "checkIn";

    /// <summary>Export for my therapist.</summary>
    public const string Export = "export";

    /// <summary>Free-text notes.</summary>
    public const string Notes = "notes";

    /// <summary>Delete my data.</summary>
    public const string DeleteData = "deleteData";

    /// <summary>A question about a red flag the person mentioned in their own words.</summary>
    public const string SymptomCheck = "symptomCheck";

    /// <summary>The safety hold: short advice and "have you been checked?".</summary>
    /// <summary>The age question, asked once.</summary>
    public const string Age = "age";

    /// <summary>The program's commands (skip today, snooze, pause, resume, stop, change times).</summary>
    public const string ProgramCommands = "programCommands";

    public const string SafetyHold = "safetyHold";

    /// <summary>The consent question (only a plain yes or no is an answer).</summary>
    public const string Consent = "consent";

    /// <summary>A yes/no question.</summary>
    public const string Confirm = "confirm";

    /// <summary>A yes/no safety question ("not sure" counts as yes).</summary>
    public const string SafetyConfirm = "safetyConfirm";

    /// <summary>A 0-10 pain rating.</summary>
    public const string PainRating = "painRating";

    /// <summary>A pick from buttons.</summary>
    public const string Choice = "choice";
}
