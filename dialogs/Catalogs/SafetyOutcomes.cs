namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The outcomes of the red-flag screen, as stored in redflags.json. Emergency, same-day and
/// see-a-doctor stop the session before any pressure instruction and hold until the person has been
/// checked; a crisis (words of self-harm) stops it with care and a crisis line; the therapist
/// outcome lets it continue with advice.
/// </summary>
public static class SafetyOutcomes
{
    /// <summary>Call emergency services now.</summary>
    public const string Emergency = "emergency";

    /// <summary>Get checked today (doctor, urgent care, nurse line); no massage meanwhile.</summary>
    public const string DoctorToday = "doctor-today";

    /// <summary>See a doctor before any self-treatment; the program pauses.</summary>
    public const string Doctor = "doctor";

    /// <summary>Words of self-harm or of wanting to die: a caring answer and a crisis line; the session stops.</summary>
    public const string Crisis = "crisis";

    /// <summary>See a licensed therapist; the session may continue.</summary>
    public const string Therapist = "therapist";

    /// <summary>Every outcome, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = [Crisis, Emergency, DoctorToday, Doctor, Therapist];

    /// <summary>True when the outcome ends the session before any pressure instruction.</summary>
    public static bool StopsSession(string outcome) => outcome is Crisis or Emergency or DoctorToday or Doctor;

    /// <summary>True when the outcome holds every later session until the person says they have been checked.</summary>
    public static bool Holds(string outcome) => outcome is Emergency or DoctorToday or Doctor;

    /// <summary>Most serious first: the order the screen asks in, so its first "yes" is the most serious one.</summary>
    public static int Severity(string outcome) => outcome switch
    {
        Crisis => 0,
        Emergency => 1,
        DoctorToday => 2,
        Doctor => 3,
        _ => 4,
    };
}
