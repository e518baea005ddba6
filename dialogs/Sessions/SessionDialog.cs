using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Routines;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Sessions;

/// <summary>
/// One session, step by step: age, consent, where it hurts, the red-flag screen, cautions, the
/// release, the stretch, the rating after, the comparison, the swelling question, the program
/// offer and goodbye. A session started from a check-in arrives with its plan and skips what the
/// check-in already asked.
/// </summary>
/// <remarks>
/// The steps begin their dialogs and prompts by id, so those must be siblings of this dialog in
/// its parent's set (<c>MainDialog</c> adds them). A red-flag outcome is not handled here: the
/// session asks the root, which owns the whole stack, to stop everything and give the advice
/// (<see cref="SafetyStopRequest"/>). The id and the order of the steps are saved with every
/// conversation in progress: add steps at the end only.
/// </remarks>
public sealed class SessionDialog : WaterfallDialog
{
    private const string PlanKey = "plan";
    private const string CautionsKey = "cautions";

    private readonly ContentLibrary _library;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;
    private readonly RatingRecorder _ratings;

    /// <summary>Creates the session over the content, the person's profile and the pain log.</summary>
    public SessionDialog(ContentLibrary library, UserState userState, RatingRecorder ratings)
        : base(DialogIds.Session)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _ratings = ratings ?? throw new ArgumentNullException(nameof(ratings));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
        foreach (var step in new WaterfallStep[] { AskAgeAsync, AskConsentAsync, AskWhereAsync, ScreenAsync, AskCautionsAsync, ReleaseAsync, StretchAsync, AskPainAfterAsync, CompareAsync, FinishAsync, EndSessionAsync })
        {
            AddStep(step);
        }
    }

    // Age comes before consent: someone under 18 is not asked to let the coach keep health data.
    private async Task<DialogTurnResult> AskAgeAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Options is SessionPlan { FromCheckIn: true }
            ? await step.NextAsync(AgeGroups.Adult, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(DialogIds.Age, null, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A session started from a check-in arrives with its plan; consent and the area are known.
        if (step.Options is SessionPlan { FromCheckIn: true } planned)
        {
            step.Values[PlanKey] = planned;
            return await step.NextAsync(planned.StoreRatings, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result as string == AgeGroups.Young)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.ConsentToStoreRatings is { } decided)
        {
            return await step.NextAsync(decided, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.Consent, content.Ask(TextKeys.ConsentAsk, TextKeys.ConsentRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGetValue(PlanKey, out var planned))
        {
            return await step.NextAsync(planned, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var consent = (bool)step.Result!;
        if (profile.ConsentToStoreRatings is null)
        {
            profile.ConsentToStoreRatings = consent;
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(consent ? TextKeys.ConsentYes : TextKeys.ConsentNo)), cancellationToken).ConfigureAwait(false);
        }

        // Only a real zone is kept, and a stored one that is not (from an older version) is replaced.
        if (!TimeZoneIds.IsKnown(profile.TimeZone))
        {
            profile.TimeZone = TimeZoneIds.IsKnown(step.Context.Activity.LocalTimezone) ? step.Context.Activity.LocalTimezone : null;
        }
        return await step.BeginDialogAsync(DialogIds.WhereItHurts, new SessionPlan { StoreRatings = consent }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ScreenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Result!;
        step.Values[PlanKey] = plan;
        plan.AgeYears = (await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false)).AgeYears;
        if (plan.FromCheckIn)
        {
            // The check-in just rated the pain and asked about numbness and spread; an area the
            // program rotates to is screened with its own questions the first time it comes up,
            // and the questions asked every session (the clot screen) come every time.
            var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
            plan.AreaScreenedBefore = profile.ScreenedAreas.Contains(plan.AreaId);
            return await step.BeginDialogAsync(DialogIds.Screening, new ScreeningRound { Plan = plan }, cancellationToken).ConfigureAwait(false);
        }

        await RecordAsync(step.Context, plan, PainRatingPhases.Before, plan.PainBefore!.Value, cancellationToken).ConfigureAwait(false);

        var content = _library.For(step.Context);
        if (plan.PainBefore >= content.Routine.SeverePain)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.PainSevere)), cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(DialogIds.Screening, new ScreeningRound { Plan = plan }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCautionsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Values[PlanKey];
        var content = _library.For(step.Context);
        var screen = (ScreeningResult)step.Result!;
        if (screen.Outcome is { } outcome && SafetyOutcomes.StopsSession(outcome))
        {
            return await StopForSafetyAsync(step, outcome, cancellationToken).ConfigureAwait(false);
        }

        var screened = (await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false)).ScreenedAreas;
        if (!screened.Contains(plan.AreaId))
        {
            screened.Add(plan.AreaId);
        }

        if (plan.FromCheckIn)
        {
            return await step.NextAsync(new CautionsRound { Plan = plan, CautionIds = plan.CautionIds }, cancellationToken).ConfigureAwait(false);
        }

        plan.AdviseTherapist = screen.Outcome == SafetyOutcomes.Therapist || plan.IsChronic;
        var reply = plan.AdviseTherapist
            ? (plan.IsChronic ? content.Text(TextKeys.ScreenChronic) + " " : string.Empty) + content.RedFlags.Outcomes[SafetyOutcomes.Therapist].Text
            : content.Text(TextKeys.ScreenClear);
        await step.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(DialogIds.Cautions, new CautionsRound { Plan = plan }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReleaseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Result!;
        var plan = (SessionPlan)step.Values[PlanKey];
        plan.CautionIds = round.CautionIds;
        plan.StretchOnly = round.StretchOnly;
        step.Values[CautionsKey] = round;

        if (round.StretchOnly)
        {
            var content = _library.For(step.Context);
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.CautionsStretchOnly)), cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false);
        }

        round.Plan = plan;
        return await step.BeginDialogAsync(DialogIds.Release, round, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StretchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Someone who said "stop" during the release is not pushed into a stretch.
        if (step.Result as string == TimedHoldEnding.Stopped)
        {
            return await step.NextAsync(TimedHoldEnding.Stopped, cancellationToken).ConfigureAwait(false);
        }

        var plan = (SessionPlan)step.Values[PlanKey];
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        plan.OlderAdult = profile.AgeGroup == AgeGroups.Older;
        return await step.BeginDialogAsync(DialogIds.Stretch, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskPainAfterAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.PainRating, content.Ask(TextKeys.PainAfterAsk, TextKeys.PainRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CompareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Values[PlanKey];
        var content = _library.For(step.Context);
        plan.PainAfter = (int)step.Result!;
        await RecordAsync(step.Context, plan, PainRatingPhases.After, plan.PainAfter.Value, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(MessageFactory.Text(PainComparison.Describe(content, plan.PainBefore!.Value, plan.PainAfter.Value)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.SwellingAsk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Values[PlanKey];
        var content = _library.For(step.Context);
        if ((bool)step.Result!)
        {
            // Knots do not swell: in the calf or thigh, swelling is a clot sign, not a reason for ice.
            if (content.Area(plan.AreaId).RequiresClotScreen)
            {
                return await StopForSafetyAsync(step, SafetyOutcomes.DoctorToday, cancellationToken).ConfigureAwait(false);
            }

            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.IceTip)), cancellationToken).ConfigureAwait(false);
        }

        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        profile.LastArea = plan.AreaId;

        // The program is offered once a first session is done, to people who keep a log.
        if (!plan.FromCheckIn && plan.StoreRatings && profile.Program is not { Active: true })
        {
            return await step.BeginDialogAsync(DialogIds.Enrol, plan, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // Goodbye comes last, after the program offer, so "say hi any time" is the final word.
    private async Task<DialogTurnResult> EndSessionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.SessionEnd)), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(step.Values[PlanKey], cancellationToken).ConfigureAwait(false);
    }

    // The root ends the whole stack and gives the advice once this turn's dialogs have returned.
    private static async Task<DialogTurnResult> StopForSafetyAsync(WaterfallStepContext step, string outcome, CancellationToken cancellationToken)
    {
        SafetyStopRequest.Request(step.Context, outcome);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAsync(ITurnContext turn, SessionPlan plan, string phase, int rating, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turn, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        await _ratings.RecordAsync(turn, plan, phase, rating, profile.TimeZone, plan.ProgramDay, cancellationToken).ConfigureAwait(false);
    }
}
