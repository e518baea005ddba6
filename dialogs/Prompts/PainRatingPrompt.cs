using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// Asks for a pain rating. It reads the answer as a person means it (<see cref="SpokenRating"/>:
/// "7/10" is 7, "6 or 7" is between the two) where the engine's NumberPrompt reads numbers as the
/// official library does. A rating between two whole numbers ("6.5", "6 or 7") is rounded half
/// away from zero, so 7: a person torn between two ratings is taken at the higher one, which errs
/// on the side of caution.
/// </summary>
public sealed class PainRatingPrompt : NumberPrompt<int>
{
    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="validator">The range check and the coach's answers to what is not a rating.</param>
    public PainRatingPrompt(string dialogId, PromptValidator<int>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<int>();
        var rating = SpokenRating.Read(turnContext.Activity.Text, PromptCulture.For(turnContext.Activity.Locale, DefaultLocale));
        if (rating is { } value && Math.Abs(value) < int.MaxValue)
        {
            result.Succeeded = true;
            result.Value = (int)Math.Round(value, MidpointRounding.AwayFromZero);
        }

        return Task.FromResult(result);
    }
}
