using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// How "delete my data" asks the activity handler not to save this conversation's state when the
/// turn ends, but to delete it: otherwise the dialog stack, saved as every turn ends, would write
/// the conversation back right after its deletion.
/// </summary>
public static class ForgetConversationRequest
{
    private const string Key = "CoachBot.ForgetConversation";

    /// <summary>Asks for this conversation's state to be deleted, not saved, when the turn ends.</summary>
    public static void Request(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.TurnState[Key] = true;
    }

    /// <summary>True when this turn asked for its conversation to be forgotten.</summary>
    public static bool IsRequested(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.TurnState.TryGetValue(Key, out var value) && value is true;
    }
}
