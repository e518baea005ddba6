using CoachBot.Dialogs.Catalogs;
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
    private readonly ContentLibrary _library;

    /// <summary>Creates the prompt.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="library">The content whose words for "out of ten" and a range are read, in the person's language.</param>
    /// <param name="validator">The range check and the coach's answers to what is not a rating.</param>
    public PainRatingPrompt(string dialogId, ContentLibrary library, PromptValidator<int>? validator = null)
        : base(dialogId, validator)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<int>();
        var locale = turnContext.Activity.Locale;
        var rating = SpokenRating.Read(turnContext.Activity.Text, PromptCulture.For(locale, DefaultLocale), _library.For(locale).Patterns.Ratings);
        if (rating is { } value && Math.Abs(value) < int.MaxValue)
        {
            result.Succeeded = true;
            result.Value = (int)Math.Round(value, MidpointRounding.AwayFromZero);
        }

        return Task.FromResult(result);
    }
}
