using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// Validation for yes/no safety questions. "Not sure" counts as yes, because for a red flag the
/// safe mistake is to send someone to be checked.
/// </summary>
public static class SafetyAnswers
{
    /// <summary>A validator for ConfirmPrompt that speaks <paramref name="library"/>'s words.</summary>
    public static PromptValidator<bool> Validator(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return async (prompt, cancellationToken) =>
        {
            if (prompt.Recognized.Succeeded)
            {
                return true;
            }

            if (ReplyGuidance.IsUnsure(prompt.Context.Activity.Text))
            {
                prompt.Recognized.Value = true;
                prompt.Recognized.Succeeded = true;
                return true;
            }

            var content = library.For(prompt.Context.Activity.Locale);
            await ReplyGuidance.TryAnswerAsync(prompt.Context, content, TextKeys.ScreenWhy, TextKeys.ScreenRetry, cancellationToken).ConfigureAwait(false);
            return false;
        };
    }
}
