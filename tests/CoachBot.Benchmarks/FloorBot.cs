using Microsoft.Bot.Builder;

namespace CoachBot.Benchmarks;

/// <summary>
/// The floor the coach is measured against: the least a stateful bot does on a turn. It loads
/// conversation and user state, changes the conversation state (a turn counter, so it is written
/// every turn, as the coach's is), replies once, and saves both states (user state is written only
/// when it changed, as the coach's is).
/// </summary>
public sealed class FloorBot : IBot
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<int> _turns;
    private readonly IStatePropertyAccessor<string> _name;

    /// <summary>Creates the bot over the two states.</summary>
    public FloorBot(ConversationState conversationState, UserState userState)
    {
        _conversationState = conversationState;
        _userState = userState;
        _turns = conversationState.CreateProperty<int>("Turns");
        _name = userState.CreateProperty<string>("Name");
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
        await _turns.SetAsync(turnContext, turns, cancellationToken).ConfigureAwait(false);
        var name = await _name.GetAsync(turnContext, () => turnContext.Activity.From?.Name ?? "there", cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Text($"Turn {turns}. Hello {name}."), cancellationToken).ConfigureAwait(false);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }
}
