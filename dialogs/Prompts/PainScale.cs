using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// Validation for a 0-10 pain rating: numbers out of range, "ouch", "why?" and empty messages
/// each get their own helpful answer before the question is asked again.
/// </summary>
public static class PainScale
{
    /// <summary>The lowest rating: no pain.</summary>
    public const int Lowest = 0;

    /// <summary>The highest rating: the worst pain imaginable.</summary>
    public const int Highest = 10;

    /// <summary>A validator for NumberPrompt&lt;int&gt; that speaks <paramref name="library"/>'s words.</summary>
    public static PromptValidator<int> Validator(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return async (prompt, cancellationToken) =>
        {
            var content = library.For(prompt.Context);
            // "2 weeks" (a late answer to how long) holds a number but is no rating.
            var text = prompt.Context.Activity.Text ?? string.Empty;
            if (text.Any(char.IsLetter) && PainDurationParser.Parse(text, DateTime.UtcNow, content.Patterns.Durations, PromptCulture.For(prompt.Context.Activity.Locale)) is not null)
            {
                await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.PainNotDuration)), cancellationToken).ConfigureAwait(false);
                return false;
            }

            if (prompt.Recognized.Succeeded)
            {
                if (prompt.Recognized.Value is >= Lowest and <= Highest)
                {
                    return true;
                }

                await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.PainOutOfRange)), cancellationToken).ConfigureAwait(false);
                return false;
            }

            if (ReplyGuidance.IsPainExclamation(prompt.Context.Activity.Text, content))
            {
                await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.PainOuch)), cancellationToken).ConfigureAwait(false);
                return false;
            }

            await ReplyGuidance.TryAnswerAsync(prompt.Context, content, TextKeys.PainWhy, TextKeys.PainRetry, cancellationToken).ConfigureAwait(false);
            return false;
        };
    }
}
