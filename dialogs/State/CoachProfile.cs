using CoachBot.Dialogs.CheckIns;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.State;

/// <summary>What the coach remembers about a person between sessions (user state).</summary>
[Formerly("CoachBot.Dialogs.Sessions.CoachProfile")]
public sealed class CoachProfile
{
    /// <summary>The user-state property name.</summary>
    public const string PropertyName = "CoachProfile";

    /// <summary>Whether they agreed to have ratings stored; null until asked.</summary>
    public bool? ConsentToStoreRatings { get; set; }

    /// <summary>Their age group (one of <see cref="AgeGroups"/>); null until asked.</summary>
    public string? AgeGroup { get; set; }

    /// <summary>Their age in years as they gave it, or the lowest age of the group they picked (65 for "65 or over"); null when not known.</summary>
    public int? AgeYears { get; set; }

    /// <summary>Their IANA time zone, once known.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The language the person chose ("es" after "español"); null follows the channel's locale.</summary>
    public string? Language { get; set; }

    /// <summary>The safety hold after a red flag, or null when there is none.</summary>
    public SafetyHold? Hold { get; set; }

    /// <summary>Where to reach the person proactively (check-ins), from their latest conversation.</summary>
    public ConversationReference? ConversationReference { get; set; }

    /// <summary>The person's most recent conversations with the coach on this channel, so "delete my data" reaches every one.</summary>
    public List<ConversationReference> Conversations { get; set; } = [];

    /// <summary>The two-week program, once the person joined it.</summary>
    public ProgramState? Program { get; set; }

    /// <summary>Areas whose own red-flag questions the person has answered, so a check-in session on one asks them only once.</summary>
    public List<string> ScreenedAreas { get; set; } = [];

    /// <summary>The area worked last time, so the next session can rotate.</summary>
    public string? LastArea { get; set; }
}
