using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Schema;

namespace CoachBot.Waterfall;

/// <summary>What a prompt asks, what it says when the answer is not understood, and its choices.</summary>
public class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Said instead of <see cref="Prompt"/> after an answer that was not understood.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices, for choice prompts.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How the choices are shown; the prompt's own style when null.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Anything the validator needs (a range, say).</summary>
    public object? Validations { get; set; }
}
