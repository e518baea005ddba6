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

            var plain = library.For(prompt.Context.Activity.Locale).Routine.PlainAnswers.Words;
            var words = MessageWords.Split(prompt.Context.Activity.Text).Where(w => w != MessageWords.ClauseEnd);
            return Task.FromResult(words.All(w => plain.Contains(w, StringComparer.Ordinal)));
        };
    }
}
