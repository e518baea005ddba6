using System.Globalization;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.CheckIns;

/// <summary>
/// Offers the two-week program after a first session: when to check in (natural language,
/// "8am and 7pm"), the time zone if the channel did not say, then the schedule is stored.
/// </summary>
public sealed class EnrolDialog : ComponentDialog
{
    private const string PlanKey = "plan";
    private const string TimesKey = "times";
    private const string TimesPrompt = "times";
    private const string ZonePrompt = "zone";

    private readonly ContentLibrary _library;
    private readonly ICheckInScheduler _scheduler;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;
    private readonly TimeProvider _time;

    /// <summary>Creates the dialog.</summary>
    public EnrolDialog(ContentLibrary library, ICheckInScheduler scheduler, UserState userState, TimeProvider time)
        : base(DialogIds.Enrol)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
        AddDialog(new WaterfallDialog(nameof(EnrolDialog), [OfferAsync, AskTimesAsync, AskZoneAsync, ScheduleAsync]));
        AddDialog(new YesNoPrompt(DialogIds.Confirm, library: library));
        AddDialog(new TextPrompt(TimesPrompt, ValidateTimesAsync));
        AddDialog(new TextPrompt(ZonePrompt, ValidateZoneAsync));
        InitialDialogId = nameof(EnrolDialog);
    }

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Begun with the running program: only the times change.
        if (step.Options is ProgramState)
        {
            step.Values[PlanKey] = new SessionPlan();
            return await step.NextAsync(true, cancellationToken).ConfigureAwait(false);
        }

        step.Values[PlanKey] = step.Options ?? new SessionPlan();
        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.ProgramOffer), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskTimesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        if (!(bool)step.Result!)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.ProgramDeclined)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(TimesPrompt, content.Ask(TextKeys.ProgramTimesAsk, TextKeys.ProgramTimesRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var times = ReminderTimeParser.Parse((string)step.Result!, PromptCulture.For(step.Context.Activity.Locale)).Times.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)).ToList();
        step.Values[TimesKey] = times;
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.TimeZone is { } zone && TimeZoneIds.IsKnown(zone))
        {
            return await step.NextAsync(zone, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context);
        return await step.PromptAsync(ZonePrompt, content.Ask(TextKeys.ProgramZoneAsk, TextKeys.ProgramZoneRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var plan = (SessionPlan)step.Values[PlanKey];
        var times = ((IEnumerable<object>)step.Values[TimesKey]).Select(t => t.ToString()!).ToList();
        var zoneId = ((string)step.Result!).Trim();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        profile.TimeZone = zone.Id;
        var changing = profile.Program is { Active: true };
        profile.Program = changing ? profile.Program : new ProgramState
        {
            Active = true,
            StartDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Times = times,
            AreaIds = [plan.AreaId, .. plan.OtherAreaIds],
            Side = plan.Side,
            CautionIds = plan.CautionIds,
            Baseline = plan.PainBefore ?? 0,
        };
        profile.Program!.Times = times;
        profile.Program.Paused = false;

        var reference = profile.ConversationReference ?? step.Context.Activity.GetConversationReference();
        await _scheduler.ScheduleAsync(UserKeys.For(step.Context.Activity), reference, profile.Program.TimesOfDay, zone.Id, cancellationToken).ConfigureAwait(false);
        var said = new { times = content.List(times), zone = zone.Id };
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(changing ? TextKeys.ProgramTimesChanged : TextKeys.ProgramStarted, said)), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(profile.Program, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ValidateTimesAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var content = _library.For(prompt.Context);
        var parsed = ReminderTimeParser.Parse(prompt.Recognized.Value, PromptCulture.For(prompt.Context.Activity.Locale));
        if (parsed.Ambiguous.Count > 0)
        {
            var (morning, evening) = parsed.Ambiguous[0];
            await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.ProgramTimesAmbiguous, new { morning = morning.ToString("h:mm", CultureInfo.InvariantCulture), evening = evening.ToString("h:mm", CultureInfo.InvariantCulture) })), cancellationToken).ConfigureAwait(false);
            return false;
        }

        return parsed.Times.Count > 0;
    }

    private static Task<bool> ValidateZoneAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && TimeZoneIds.IsKnown(prompt.Recognized.Value.Trim()));
}
