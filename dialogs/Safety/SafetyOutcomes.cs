namespace CoachBot.Dialogs.Safety;

/// <summary>
/// The outcomes of the red-flag screen, as stored in redflags.json. The first three stop the
/// session before any pressure instruction; the therapist outcome lets it continue with advice.
/// </summary>
public static class SafetyOutcomes
{
    /// <summary>Call emergency services now.</summary>
    public const string Emergency = "emergency";

    /// <summary>Get checked today (doctor, urgent care, nurse line); no massage meanwhile.</summary>
    public const string DoctorToday = "doctor-today";

    /// <summary>See a doctor before any self-treatment; the program pauses.</summary>
    public const string Doctor = "doctor";

    /// <summary>See a licensed therapist; the session may continue.</summary>
    public const string Therapist = "therapist";

    /// <summary>Every outcome, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = [Emergency, DoctorToday, Doctor, Therapist];

    /// <summary>True when the outcome ends the session before any pressure instruction.</summary>
    public static bool StopsSession(string outcome) => outcome is Emergency or DoctorToday or Doctor;
}
