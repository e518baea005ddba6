using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// Validation for yes/no safety questions. "Not sure" counts as yes, because for a red flag the
/// safe mistake is to send someone to be checked. With <c>plainYes</c> (the screen everyone is
/// asked), a yes must be a plain one: "ok what next" or a complaint that happens to contain "ok" is
/// asked again rather than taken as having chest pain.
/// </summary>
public static class SafetyAnswers
{
    private const int ShortAnswerWords = 6;

    /// <summary>A validator for ConfirmPrompt that speaks <paramref name="library"/>'s words.</summary>
    public static PromptValidator<bool> Validator(ContentLibrary library, bool plainYes = false)
    {
        ArgumentNullException.ThrowIfNull(library);
        return async (prompt, cancellationToken) =>
        {
            var activity = prompt.Context.Activity;
            var content = library.For(prompt.Context);
            if (prompt.Recognized.Succeeded && !(plainYes && prompt.Recognized.Value && !content.Routine.PlainAnswers.Covers(activity.Text)))
            {
                return true;
            }

            // In the screen, "not sure" is an answer; "no idea what I did, probably my pillow" is not.
            if (ReplyGuidance.IsUnsure(prompt.Context.Activity.Text, content) && !(plainYes && MessageWords.Split(prompt.Context.Activity.Text).Count > ShortAnswerWords))
            {
                prompt.Recognized.Value = true;
                prompt.Recognized.Succeeded = true;
                return true;
            }

            // "What?" gets why the question is asked, then the question itself again with its buttons.
            if (await ReplyGuidance.TryAnswerAsync(prompt.Context, content, TextKeys.ScreenWhy, TextKeys.ScreenRetry, cancellationToken).ConfigureAwait(false))
            {
                PromptAgain.Request(prompt.Context);
            }

            return false;
        };
    }
}
