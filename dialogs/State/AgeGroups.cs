using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.State;

/// <summary>The age groups the coach treats differently, as stored in the profile.</summary>
public static class AgeGroups
{
    /// <summary>Under the adult age: no pressure guidance, nothing stored.</summary>
    public const string Young = "under-adult";

    /// <summary>An adult below the older adults' age.</summary>
    public const string Adult = "adult";

    /// <summary>An older adult: longer, gentler stretch holds.</summary>
    public const string Older = "older-adult";

    /// <summary>The group of someone <paramref name="years"/> old.</summary>
    public static string ForAge(double years, AgeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return years < rules.AdultFrom ? Young : years >= rules.OlderFrom ? Older : Adult;
    }
}
