namespace CoachBot.Waterfall.Choices;

/// <summary>How choices are shown.</summary>
public enum ListStyle
{
    /// <summary>Not shown; the prompt text alone.</summary>
    None,

    /// <summary>Picked for the channel (buttons where it has them).</summary>
    Auto,

    /// <summary>In the text: "1. a, 2. b, or 3. c".</summary>
    Inline,

    /// <summary>A numbered list in the text.</summary>
    List,

    /// <summary>Suggested-action buttons.</summary>
    SuggestedAction,

    /// <summary>A hero card with buttons.</summary>
    HeroCard,

    /// <summary>An Adaptive Card with rows of buttons that answer as the person.</summary>
    AdaptiveCard,
}
