using CoachBot.Dialogs.Catalogs;

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

            var activity = prompt.Context.Activity;
            return Task.FromResult(library.For(activity.Locale).Routine.PlainAnswers.Covers(activity.Text));
        };
    }
}
