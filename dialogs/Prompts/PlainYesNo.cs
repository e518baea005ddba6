using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// Validation for questions that need a clear yes or no: consent to store health data, and "have
/// you been checked?" after a red flag. "ok what next" or "sure whatever" contain a yes-word but
/// answer nothing, so they are asked again, plainly.
/// </summary>
public static class PlainYesNo
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
