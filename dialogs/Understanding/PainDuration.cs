namespace CoachBot.Dialogs.Understanding;

/// <summary>How long a person has had their pain.</summary>
/// <param name="Days">About how many days, or null when only "a long time" is known.</param>
/// <param name="IsChronic">Three months or more: a licensed therapist should look at it too.</param>
public sealed record PainDuration(int? Days, bool IsChronic)
{
    /// <summary>Pain this old counts as chronic (docs/CLINICAL.md: "pain lasting months").</summary>
    public const int ChronicDays = 90;
}
