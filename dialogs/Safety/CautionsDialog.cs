using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// Asks once whether any condition that changes the instructions applies (blood thinners,
/// pregnancy, osteoporosis, recent surgery, skin problems, veins or numbness) and, if so, which,
/// until the person says that's all. Ends with a <see cref="CautionsRound"/>.
/// </summary>
public sealed class CautionsDialog : ComponentDialog
{
    private const string RoundKey = "round";

    private readonly ContentLibrary _library;

    /// <summary>Creates the dialog.</summary>
    public CautionsDialog(ContentLibrary library)
        : base(DialogIds.Cautions)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        AddDialog(new WaterfallDialog(nameof(CautionsDialog), [AskAnyAsync, AskWhichAsync, AskAtSiteAsync, AskMoreAsync, LoopAsync]));
        AddDialog(new YesNoPrompt(DialogIds.SafetyConfirm, SafetyAnswers.Validator(library), library));
        AddDialog(new WordChoicePrompt(DialogIds.Choice));
        InitialDialogId = nameof(CautionsDialog);
    }

    private async Task<DialogTurnResult> AskAnyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = step.Options as CautionsRound ?? throw new ArgumentException("The cautions need a CautionsRound.");
        step.Values[RoundKey] = round;
        if (round.AnyApply)
        {
            return await step.NextAsync(true, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.SafetyConfirm, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Cautions.Question),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.CautionsRetry)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        if (!(bool)step.Result!)
        {
            return await step.EndDialogAsync(round, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        var choices = content.Cautions.Cautions
            .Where(c => !round.CautionIds.Contains(c.Id))
            .Select(c => new Choice(c.Label) { Synonyms = [.. c.Synonyms] })
            .Append(new Choice(content.Text(TextKeys.CautionsNone)) { Synonyms = [.. content.Patterns.NoneOfThese] })
            .ToList();
        return await step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.CautionsWhich)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.CautionsWhich)),
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskAtSiteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        var content = _library.For(step.Context);
        var picked = content.Cautions.Cautions.FirstOrDefault(c => c.Label == ((FoundChoice)step.Result!).Value);
        if (picked is null)
        {
            return await step.EndDialogAsync(round, cancellationToken).ConfigureAwait(false);
        }

        round.CautionIds.Add(picked.Id);
        if (picked.Pressure != CautionContent.SkipSite)
        {
            return await step.NextAsync(false, cancellationToken).ConfigureAwait(false);
        }

        var area = content.Area(round.Plan.AreaId).Label.ToLowerInvariant();
        return await step.PromptAsync(DialogIds.SafetyConfirm, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.CautionsAtSite, new { area })),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.ScreenRetry)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskMoreAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        round.StretchOnly |= (bool)step.Result!;
        var content = _library.For(step.Context);
        if (round.CautionIds.Count == content.Cautions.Cautions.Count)
        {
            return await step.EndDialogAsync(round, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(DialogIds.SafetyConfirm, content.Ask(TextKeys.CautionsMore, TextKeys.CautionsRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        if (!(bool)step.Result!)
        {
            return await step.EndDialogAsync(round, cancellationToken).ConfigureAwait(false);
        }

        round.AnyApply = true;
        return await step.ReplaceDialogAsync(nameof(CautionsDialog), round, cancellationToken).ConfigureAwait(false);
    }
}
