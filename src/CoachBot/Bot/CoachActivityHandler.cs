using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.Bot;

/// <summary>
/// Receives every activity from every channel. It greets a new person once per conversation,
/// ignores re-deliveries of a message it already handled, keeps oversized and malformed text away
/// from the dialogs, runs the conversation (<see cref="MainDialog"/>), lets timer events resume a
/// waiting step, and saves conversation and user state at the end of each turn.
/// </summary>
public class CoachActivityHandler : TeamsActivityHandler
{
    /// <summary>The conversation-state property that holds the dialog stack (the official name).</summary>
    public const string DialogStateProperty = "DialogState";

    // Channels retry a message they think was lost; remembering the last few ids is enough.
    private const int RememberedActivities = 20;

    // Enough for every conversation a person keeps with the coach (Web Chat on a phone and a
    // laptop, Teams); older ones fall off the list "delete my data" works through.
    private const int MaxRememberedConversations = 10;

    // Long enough for a release and a stretch to finish (at most 90 s and about 2 minutes).
    private static readonly TimeSpan CheckInWhileBusyDelay = TimeSpan.FromMinutes(5);

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly ContentLibrary _content;
    private readonly Dialog _dialog;
    private readonly IStatePropertyAccessor<bool> _welcomed;
    private readonly IStatePropertyAccessor<List<string>> _recentActivities;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;
    private readonly ICheckInScheduler _checkIns;
    private readonly ILogger<CoachActivityHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public CoachActivityHandler(ConversationState conversationState, UserState userState, ContentLibrary content, MainDialog dialog, ICheckInScheduler checkIns, ILogger<CoachActivityHandler> logger)
    {
        _checkIns = checkIns;
        _logger = logger;
        _conversationState = conversationState;
        _userState = userState;
        _content = content;
        _dialog = dialog;
        _welcomed = conversationState.CreateProperty<bool>("Welcomed");
        _recentActivities = conversationState.CreateProperty<List<string>>("RecentActivityIds");
        _dialogState = conversationState.CreateProperty<DialogState>(DialogStateProperty);
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await ApplyChosenLanguageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate || WebChatJoin.Is(turnContext.Activity))
        {
            await RememberConversationAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (turnContext.Activity.Type == ActivityTypes.Event)
        {
            // A timed cue or a check-in answers an event the person's client never saw: a replyToId
            // naming it makes Web Chat hold the message up to 5 s, waiting for an activity that
            // never comes. Proactive messages reply to nothing.
            turnContext.OnSendActivities(async (context, activities, next) =>
            {
                foreach (var activity in activities)
                {
                    activity.ReplyToId = null;
                }

                return await next().ConfigureAwait(false);
            });
        }

        // An update redraws a message where it stands (the live timer card): it replies to nothing,
        // whatever turn sends it, or Web Chat would wait for an activity it may never have seen.
        turnContext.OnUpdateActivity(async (context, activity, next) =>
        {
            activity.ReplyToId = null;
            return await next().ConfigureAwait(false);
        });

        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);

        // Saved only when the turn succeeds; a failed turn is cleaned up by the adapter's error
        // handler. After "delete my data" this conversation is deleted rather than written back.
        if (ForgetConversationRequest.IsRequested(turnContext))
        {
            await _conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var recipientId = turnContext.Activity.Recipient?.Id;
        if (WebChatJoin.WelcomeWaits(turnContext.Activity))
        {
            return;
        }

        if (membersAdded.Any(member => member.Id != recipientId) && await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await _dialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await _dialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (await IsRedeliveryAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var activity = turnContext.Activity;
        if (activity.Text?.Length > IncomingText.MaxLength)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(_content.For(activity.Locale).Text(TextKeys.TooLong)), cancellationToken).ConfigureAwait(false);
            return;
        }

        activity.Text = IncomingText.Clean(activity.Text);
        await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await _dialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        // The page's join event welcomes a person not yet welcomed, in the browser's language (see
        // WebChatJoin). Any other event (a release cue) resumes the dialog that is waiting. A check-in starts one: a
        // question left unanswered earlier (yesterday's pain question) gives way to it, so no
        // check-in is swallowed by a stale prompt. A running hold or a red-flag question is not
        // interrupted: the check-in comes back a few minutes later instead.
        if (WebChatJoin.Is(turnContext.Activity))
        {
            if (await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false))
            {
                await _dialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var dialogs = new DialogSet(_dialogState);
        dialogs.Add(_dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (turnContext.Activity.Name != CheckInStart.EventName)
        {
            if (dc.ActiveDialog is not null)
            {
                await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (IsBusy(dc))
        {
            await _checkIns.SnoozeAsync(UserKeys.For(turnContext.Activity), CheckInWhileBusyDelay, cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("A check-in found a timed hold or a red-flag question running on channel {ChannelId}; it comes again in {Delay}.", turnContext.Activity.ChannelId, CheckInWhileBusyDelay);
            return;
        }

        if (dc.ActiveDialog is not null)
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        var due = turnContext.Activity.Value is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : DateTimeOffset.UtcNow;
        await dc.BeginDialogAsync(_dialog.Id, new CheckInStart { DueAt = due }, cancellationToken).ConfigureAwait(false);
    }

    // A timed hold (release or stretch) or a red-flag question anywhere in the stack.
    private static bool IsBusy(DialogContext dc) => DialogStack.Runs(dc, DialogIds.TimedHold, DialogIds.SymptomCheck);

    /// <summary>Sends the welcome unless this conversation has already had it.</summary>
    protected async Task<bool> WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var content = _content.For(turnContext);
        var welcome = turnContext.Activity.ChannelId == Channels.Msteams ? WelcomeCard.For(content) : MessageFactory.Text(content.Text(TextKeys.Welcome));
        await turnContext.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);

        await _welcomed.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// A language the person chose ("español") wins over the channel's locale for every turn,
    /// check-ins and timed cues included; the channel's region is kept, for the emergency number.
    /// </summary>
    private async Task ApplyChosenLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Language is { } language)
        {
            turnContext.Activity.Locale = ContentLibrary.LocaleIn(language, turnContext.Activity.Locale);
        }
    }

    /// <summary>
    /// Keeps the latest conversation reference and the time zone (Web Chat's localTimezone, or
    /// Teams' clientInfo entity), which check-ins need. User state is only written when they change.
    /// </summary>
    private async Task RememberConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var profile = await _profile.GetAsync(turnContext, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var reference = activity.GetConversationReference();
        if (profile.ConversationReference?.Conversation?.Id != reference.Conversation?.Id || profile.ConversationReference?.ServiceUrl != reference.ServiceUrl)
        {
            profile.ConversationReference = reference;
        }

        if (!profile.Conversations.Any(c => c.Conversation?.Id == reference.Conversation?.Id))
        {
            profile.Conversations.Add(reference);
            if (profile.Conversations.Count > MaxRememberedConversations)
            {
                profile.Conversations.RemoveAt(0);
            }
        }

        var zone = activity.LocalTimezone ?? ClientInfoTimeZone(activity);
        if (zone is not null && zone != profile.TimeZone && TimeZoneIds.IsKnown(zone))
        {
            profile.TimeZone = zone;
        }
    }

    private static string? ClientInfoTimeZone(IActivity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?["timezone"]?.ToString();

    private async Task<bool> IsRedeliveryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var recent = await _recentActivities.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false);
        if (recent.Contains(id))
        {
            return true;
        }

        recent.Add(id);
        if (recent.Count > RememberedActivities)
        {
            recent.RemoveAt(0);
        }

        return false;
    }
}
