namespace CoachBot.Waterfall;

/// <summary>What a prompt understood from an answer; a validator may change it.</summary>
/// <typeparam name="T">The answer's type.</typeparam>
public class PromptRecognizerResult<T>
{
    /// <summary>True when the answer was understood.</summary>
    public bool Succeeded { get; set; }

    /// <summary>The value understood.</summary>
    public T Value { get; set; } = default!;
}
