using System.Globalization;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.CheckIns;

/// <summary>
/// A daily check-in of the two-week program: pain now, a two-question re-screen, the stop rules
/// (new symptoms or spread: stop and get advice; a spike clearly above the person's own baseline:
/// stop), the tip of the day, the day-7 and day-14 reviews with the honest outcome rule, and the
/// offer of the day's short session on the next area in rotation.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    /// <summary>A rating this many points above the baseline at two check-ins about a day apart stops the program.</summary>
    public const int SustainedRisePoints = 2;

    /// <summary>A rating this high and above the baseline is "much worse than usual" and stops the program at once.</summary>
    public const int MuchWorse = 8;

    // "About a day apart": the check-in of the same time the day before, give or take a few hours.
    private static readonly TimeSpan DayApartLeast = TimeSpan.FromHours(16);
    private static readonly TimeSpan DayApartMost = TimeSpan.FromHours(32);

    private const string DayKey = "day";
    private const string RatingKey = "rating";
    private const string LastOfDayKey = "lastOfDay";
    private const string SessionKey = "session";

    private readonly ContentLibrary _library;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;
    private readonly RatingRecorder _ratings;
    private readonly IPainLog _log;
    private readonly ICheckInScheduler _scheduler;
    private readonly TimeProvider _time;

    /// <summary>Creates the dialog.</summary>
    public CheckInDialog(ContentLibrary library, UserState userState, RatingRecorder ratings, IPainLog log, ICheckInScheduler scheduler, TimeProvider time)
        : base(DialogIds.CheckIn)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _ratings = ratings ?? throw new ArgumentNullException(nameof(ratings));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
        AddDialog(new WaterfallDialog(nameof(CheckInDialog), [AskPainAsync, AskNumbnessAsync, AskSpreadAsync, AdviseAsync, FinishAsync]));
        AddDialog(new PainRatingPrompt(DialogIds.PainRating, library, PainScale.Validator(library)));
        AddDialog(new YesNoPrompt(DialogIds.SafetyConfirm, SafetyAnswers.Validator(library), library));
        AddDialog(new YesNoPrompt(DialogIds.Confirm, library: library));
        InitialDialogId = nameof(CheckInDialog);
    }

    private async Task<DialogTurnResult> AskPainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Program is not { Active: true, Paused: false } program)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var zone = Zone(profile);
        var local = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone);
        var day = program.DayOf(DateOnly.FromDateTime(local.DateTime));
        if (day > ProgramState.Days)
        {
            await EndProgramAsync(step.Context, profile, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The last check-in of the day carries the reviews; the due time says which slot this is.
        var due = (step.Options as CheckInStart)?.DueAt ?? _time.GetUtcNow();
        var slot = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime);
        step.Values[DayKey] = day;
        step.Values[LastOfDayKey] = program.TimesOfDay.All(t => t <= slot.Add(TimeSpan.FromMinutes(1)));

        // The greeting and the question go out as one message: a check-in is a proactive send the
        // channel may throttle, and one message is either delivered whole or retried whole (never
        // a greeting twice), and costs one call against Teams' per-conversation limit, not two.
        var content = _library.For(step.Context);
        var ask = content.Ask(TextKeys.PainBeforeAsk, TextKeys.PainRetry);
        ask.Prompt = MessageFactory.Text($"{content.Text(TextKeys.CheckinGreeting, new { day })} {content.Text(TextKeys.PainBeforeAsk)}");
        return await step.PromptAsync(DialogIds.PainRating, ask, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskNumbnessAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var rating = (int)step.Result!;
        step.Values[RatingKey] = rating;
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var program = profile.Program!;
        var plan = new SessionPlan { AreaId = program.AreaIds.FirstOrDefault() ?? string.Empty, Side = program.Side, StoreRatings = profile.ConsentToStoreRatings == true };

        // The session this check-in may lead to keeps the same id, so the check-in's rating is its
        // "before" and the session's change is told from a real pair.
        step.Values[SessionKey] = plan.SessionId;
        await _ratings.RecordAsync(step.Context, plan, PainRatingPhases.CheckIn, rating, profile.TimeZone, Day(step), cancellationToken).ConfigureAwait(false);

        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.SafetyConfirm, content.Ask(TextKeys.CheckinNumbnessAsk, TextKeys.ScreenRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskSpreadAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if ((bool)step.Result!)
        {
            return await StopAsync(step, TextKeys.CheckinStopNewSymptoms, null, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.SafetyConfirm, content.Ask(TextKeys.CheckinSpreadAsk, TextKeys.ScreenRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AdviseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if ((bool)step.Result!)
        {
            return await StopAsync(step, TextKeys.CheckinStopNewSymptoms, null, cancellationToken).ConfigureAwait(false);
        }

        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var program = profile.Program!;
        var rating = Convert.ToInt32(step.Values[RatingKey], CultureInfo.InvariantCulture);
        if (rating >= MuchWorse && rating > program.Baseline)
        {
            return await StopAsync(step, TextKeys.CheckinStopMuchWorse, new { rating, baseline = program.Baseline }, cancellationToken).ConfigureAwait(false);
        }

        if (rating >= program.Baseline + SustainedRisePoints && await WasUpADayAgoAsync(step.Context, program.Baseline, cancellationToken).ConfigureAwait(false))
        {
            return await StopAsync(step, TextKeys.CheckinStopSpike, new { baseline = program.Baseline }, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        var day = Day(step);
        // Each check-in of the day has its own tip: the evening one does not repeat the morning's.
        var slot = ((day - 1) * 2) + ((bool)step.Values[LastOfDayKey] ? 1 : 0);
        var tip = content.Tips[slot % content.Tips.Count];
        await step.Context.SendActivityAsync(MessageFactory.Text(tip.Text), cancellationToken).ConfigureAwait(false);

        if ((bool)step.Values[LastOfDayKey] && day is 7 or ProgramState.Days)
        {
            var stopped = await ReviewAsync(step.Context, profile, content, final: day == ProgramState.Days, cancellationToken).ConfigureAwait(false);
            if (stopped || day == ProgramState.Days)
            {
                await EndProgramAsync(step.Context, profile, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
        }

        var area = content.Area(NextArea(profile)).Label.ToLowerInvariant();
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.CheckinSessionAsk, values: new { area }), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        if (!(bool)step.Result!)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.CheckinSessionLater)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The day's session skips what the check-in already asked: consent, the area, the screen.
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var program = profile.Program!;
        var plan = new SessionPlan
        {
            AreaId = NextArea(profile),
            Side = program.Side,
            PainBefore = Convert.ToInt32(step.Values[RatingKey], CultureInfo.InvariantCulture),
            StoreRatings = profile.ConsentToStoreRatings == true,
            CautionIds = program.CautionIds,
            ProgramDay = Day(step),
            FromCheckIn = true,
        };
        if (step.Values.TryGetValue(SessionKey, out var sessionId) && sessionId is string id)
        {
            plan.SessionId = id;
        }

        return await step.ReplaceDialogAsync(DialogIds.Session, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StopAsync(WaterfallStepContext step, string textKey, object? values, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var content = _library.For(step.Context);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(textKey, values)), cancellationToken).ConfigureAwait(false);
        profile.Program!.StoppedBecause = textKey;
        await EndProgramAsync(step.Context, profile, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // True when a check-in about a day before this one was also 2 or more above the baseline.
    private async Task<bool> WasUpADayAgoAsync(ITurnContext turn, int baseline, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var ratings = await _log.ListAsync(UserKeys.For(turn.Activity), cancellationToken).ConfigureAwait(false);
        return ratings.Any(r => r.Phase == PainRatingPhases.CheckIn
            && now - r.RecordedAt >= DayApartLeast && now - r.RecordedAt <= DayApartMost
            && r.Rating >= baseline + SustainedRisePoints);
    }

    /// <summary>The review of the program so far; returns true when the average rose clearly and the program stopped.</summary>
    private async Task<bool> ReviewAsync(ITurnContext turn, CoachProfile profile, LanguageContent content, bool final, CancellationToken cancellationToken)
    {
        // Only the program's own days: a session the week before it is not its first day.
        var ratings = await _log.ListAsync(UserKeys.For(turn.Activity), cancellationToken).ConfigureAwait(false);
        var period = ProgramPeriod.Starting(profile.Program?.StartDate);
        if (PainTrend.Of(ratings.Where(r => period?.Contains(r) != false)) is not { } review)
        {
            await turn.SendActivityAsync(MessageFactory.Text(content.Text(final ? TextKeys.ReviewFinalNotEnough : TextKeys.ReviewNotEnough)), cancellationToken).ConfigureAwait(false);
            return false;
        }

        var values = new
        {
            first = PainTrend.Format(review.FirstAverage),
            last = PainTrend.Format(review.LastAverage),
            percent = review.Percent.ToString(CultureInfo.InvariantCulture),
            points = PainTrend.Format(review.Points),
            days = review.WindowDays,
        };
        var verdict = review switch
        {
            { RoseClearly: true } => final ? TextKeys.ReviewFinalUp : TextKeys.ReviewUpStop,
            { Rose: true } => final ? TextKeys.ReviewFinalUp : TextKeys.ReviewUp,
            { StartedLow: true } => final ? TextKeys.ReviewFinalLow : TextKeys.ReviewLow,
            { IsMeaningful: true } => final ? TextKeys.ReviewFinalMeaningful : TextKeys.ReviewMeaningful,
            _ => final ? TextKeys.ReviewFinalNotMeaningful : TextKeys.ReviewNotYet,
        };
        var text = final ? content.Text(verdict, values) : content.Text(TextKeys.ReviewWeek, values) + " " + content.Text(verdict, values);
        await turn.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        return review.RoseClearly && !final;
    }

    private async Task EndProgramAsync(ITurnContext turn, CoachProfile profile, CancellationToken cancellationToken)
    {
        profile.Program!.Active = false;
        await _scheduler.StopAsync(UserKeys.For(turn.Activity), cancellationToken).ConfigureAwait(false);
    }

    // Rotates through the areas the person named, so the same one is not worked twice in a row.
    private static string NextArea(CoachProfile profile)
    {
        var areas = profile.Program!.AreaIds;
        if (areas.Count <= 1)
        {
            return areas.FirstOrDefault() ?? profile.LastArea ?? string.Empty;
        }

        var last = areas.IndexOf(profile.LastArea ?? string.Empty);
        return areas[(last + 1) % areas.Count];
    }

    private static int Day(WaterfallStepContext step) => Convert.ToInt32(step.Values[DayKey], CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(CoachProfile profile) =>
        TimeZoneIds.Find(profile.TimeZone) ?? TimeZoneInfo.Utc;
}
