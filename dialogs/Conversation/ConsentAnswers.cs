using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// Validation for the consent question. Storing health data needs a clear yes: "ok what next" or
/// "sure whatever" contain a yes-word but say nothing about storing ratings, so they are asked
/// again, plainly, instead of being taken as consent.
/// </summary>
public static class ConsentAnswers
{
    /// <summary>A validator for ConfirmPrompt that accepts only answers made of <see cref="PlainAnswers"/> words.</summary>
    public static PromptValidator<bool> Validator(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return (prompt, cancellationToken) =>
        {
            if (!prompt.Recognized.Succeeded)
            {
                return Task.FromResult(false);
            }

            return Task.FromResult(IsPlain(library, prompt.Context.Activity));
        };
    }

    /// <summary>True when every word of the message is one a plain yes or no is made of.</summary>
    public static bool IsPlain(ContentLibrary library, Microsoft.Bot.Schema.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(activity);
        var plain = library.For(activity.Locale).Routine.PlainAnswers.Words;
        var words = MessageWords.Split(activity.Text).Where(w => w != MessageWords.ClauseEnd);
        return words.All(w => plain.Contains(w, StringComparer.Ordinal));
    }
}
