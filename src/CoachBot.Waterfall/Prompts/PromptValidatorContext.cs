using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>What a validator sees: the turn, what was recognized, the options and the attempt count.</summary>
/// <typeparam name="T">The answer's type.</typeparam>
public class PromptValidatorContext<T>
{
    /// <summary>Creates the context.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="recognized">What was recognized.</param>
    /// <param name="state">The prompt's state.</param>
    /// <param name="options">The prompt's options.</param>
    public PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
    {
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Recognized = recognized ?? throw new ArgumentNullException(nameof(recognized));
        State = state ?? throw new ArgumentNullException(nameof(state));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>What was recognized; set Succeeded and Value to accept a different reading.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>The prompt's state (kept across attempts).</summary>
    public IDictionary<string, object> State { get; }

    /// <summary>How many answers this prompt has had, this one included.</summary>
    public int AttemptCount => PromptStateReader.AttemptCount(State);
}
