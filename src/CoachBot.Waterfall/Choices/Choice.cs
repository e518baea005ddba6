using Microsoft.Bot.Schema;

namespace CoachBot.Waterfall.Choices;

/// <summary>One option a person can pick: its value, words that also mean it, and an optional button.</summary>
public class Choice
{
    /// <summary>Creates an empty choice.</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice with <paramref name="value"/>.</summary>
    /// <param name="value">The value, also the button text.</param>
    public Choice(string value)
    {
        Value = value;
    }

    /// <summary>The value returned when picked, and the button text unless <see cref="Action"/> says otherwise.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>A custom button.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words that pick this choice.</summary>
    public List<string>? Synonyms { get; set; }
}
