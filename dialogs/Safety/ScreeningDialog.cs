using System.Globalization;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// The red-flag screen: the general questions and the area's own, one yes/no at a time, most
/// serious outcome first (every emergency question before any same-day one, and so on), so the
/// first "yes" to a question that stops the session is also the most serious answer, and the
/// screen ends there: nothing after it (least of all a pressure instruction) is said. A "yes" that
/// only calls for a therapist is remembered and the screen goes on.
/// </summary>
public sealed class ScreeningDialog : ComponentDialog
{
    private const string PlanKey = "plan";
    private const string IndexKey = "index";
    private const string TherapistKey = "therapist";

    private readonly ContentLibrary _library;

    /// <summary>Creates the dialog.</summary>
    public ScreeningDialog(ContentLibrary library)
        : base(DialogIds.Screening)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        AddDialog(new WaterfallDialog(nameof(ScreeningDialog), [AskAsync, WeighAnswerAsync]));
        AddDialog(new YesNoPrompt(DialogIds.SafetyConfirm, SafetyAnswers.Validator(library, plainYes: true), library));
        InitialDialogId = nameof(ScreeningDialog);
    }

    /// <summary>The questions asked for <paramref name="plan"/>, in order.</summary>
    public static IReadOnlyList<RedFlagQuestion> QuestionsFor(LanguageContent content, SessionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(plan);
        var area = content.Area(plan.AreaId);
        var areaQuestions = area.RedFlags.Select(id => content.RedFlags.Area.Single(q => q.Id == id)).Where(q => q.AppliesToAge(plan.AgeYears));
        if (plan.FromCheckIn)
        {
            // The check-in asked the general ones in its own words.
            return areaQuestions.Where(q => !plan.AreaScreenedBefore || q.EverySession).OrderBy(q => SafetyOutcomes.Severity(q.Outcome)).ToList();
        }

        // Within one outcome the general questions come first. The therapist one is pointless when
        // the person already said the pain has lasted for months.
        var general = content.RedFlags.General.Where(q => !(plan.IsChronic && q.Outcome == SafetyOutcomes.Therapist) && q.AppliesToAge(plan.AgeYears));
        return general.Concat(areaQuestions)
            .OrderBy(q => SafetyOutcomes.Severity(q.Outcome))
            .ToList();
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var round = step.Options as ScreeningRound ?? throw new ArgumentException("The screen needs a ScreeningRound.");
        var questions = QuestionsFor(content, round.Plan);
        if (round.Index >= questions.Count)
        {
            return await step.EndDialogAsync(new ScreeningResult { Outcome = round.TherapistAdvised ? SafetyOutcomes.Therapist : null }, cancellationToken).ConfigureAwait(false);
        }

        if (round.Index == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.ScreenIntro)), cancellationToken).ConfigureAwait(false);
        }

        step.Values[PlanKey] = round.Plan;
        step.Values[IndexKey] = round.Index;
        step.Values[TherapistKey] = round.TherapistAdvised;
        return await step.PromptAsync(DialogIds.SafetyConfirm, new PromptOptions
        {
            Prompt = MessageFactory.Text(questions[round.Index].Question),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.ScreenRetry)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WeighAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var plan = (SessionPlan)step.Values[PlanKey];
        var index = Convert.ToInt32(step.Values[IndexKey], CultureInfo.InvariantCulture);
        var therapist = (bool)step.Values[TherapistKey];
        var question = QuestionsFor(content, plan)[index];

        if ((bool)step.Result!)
        {
            if (SafetyOutcomes.StopsSession(question.Outcome))
            {
                return await step.EndDialogAsync(new ScreeningResult { Outcome = question.Outcome, QuestionId = question.Id }, cancellationToken).ConfigureAwait(false);
            }

            therapist = true;
        }

        return await step.ReplaceDialogAsync(nameof(ScreeningDialog), new ScreeningRound { Plan = plan, Index = index + 1, TherapistAdvised = therapist }, cancellationToken).ConfigureAwait(false);
    }
}
