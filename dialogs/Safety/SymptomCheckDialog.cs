using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// Asks about a red flag a person has just mentioned in their own words ("my leg has gone weak"),
/// straight away, with that red flag's own question. A "yes", or "not sure", stops the session
/// with the red flag's outcome; a clear "no" returns to the step the person was at, which asks its
/// question again. It is pushed on top of whatever was waiting, so nothing else is asked meanwhile.
/// </summary>
public sealed class SymptomCheckDialog : ComponentDialog
{
    private const string CheckKey = "check";

    private readonly ContentLibrary _library;

    /// <summary>Creates the dialog.</summary>
    public SymptomCheckDialog(ContentLibrary library)
        : base(DialogIds.SymptomCheck)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        AddDialog(new WaterfallDialog(nameof(SymptomCheckDialog), [AskAsync, WeighAnswerAsync]));
        AddDialog(new YesNoPrompt(DialogIds.SafetyConfirm, SafetyAnswers.Validator(library), library));
        InitialDialogId = nameof(SymptomCheckDialog);
    }

    /// <summary>The sign <paramref name="check"/> asks about, in the language of <paramref name="content"/>.</summary>
    public static SymptomSign SignOf(LanguageContent content, SymptomCheck check)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(check);
        return content.Symptoms.Signs.FirstOrDefault(s => s.Id == check.SignId)
            ?? throw new KeyNotFoundException($"No sign '{check.SignId}' in content/{content.Language}/symptoms.json.");
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var check = step.Options as SymptomCheck ?? throw new ArgumentException("The symptom check needs a SymptomCheck.");
        var content = _library.For(step.Context);
        step.Values[CheckKey] = check;
        if (check.HoldInterrupted)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.SymptomEaseOff)), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(DialogIds.SafetyConfirm, new PromptOptions
        {
            Prompt = MessageFactory.Text(SignOf(content, check).Question),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.ScreenRetry)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WeighAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var check = (SymptomCheck)step.Values[CheckKey];
        if ((bool)step.Result!)
        {
            // The root dialog ends the whole stack and gives the advice; nothing here may go on.
            SafetyStopRequest.Request(step.Context, SignOf(content, check).Outcome);
            return EndOfTurn;
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.SymptomClear)), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(check, cancellationToken).ConfigureAwait(false);
    }
}
