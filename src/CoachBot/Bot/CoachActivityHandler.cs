using CoachBot.Dialogs.Catalogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace CoachBot.Bot;

/// <summary>
/// Receives every activity from every channel. It greets a new person once per conversation and
/// saves conversation and user state at the end of each turn.
/// </summary>
public class CoachActivityHandler : TeamsActivityHandler
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly ContentLibrary _content;
    private readonly IStatePropertyAccessor<bool> _welcomed;

    /// <summary>Creates the handler over the two bot states and the coach's texts.</summary>
    public CoachActivityHandler(ConversationState conversationState, UserState userState, ContentLibrary content)
    {
        _conversationState = conversationState;
        _userState = userState;
        _content = content;
        _welcomed = conversationState.CreateProperty<bool>("Welcomed");
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);

        // Saved only when the turn succeeds; a failed turn is cleaned up by the adapter's error handler.
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var recipientId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != recipientId))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the welcome unless this conversation has already had it.</summary>
    protected async Task<bool> WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(_content.For(turnContext.Activity.Locale).Text(TextKeys.Welcome)), cancellationToken).ConfigureAwait(false);
        await _welcomed.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
