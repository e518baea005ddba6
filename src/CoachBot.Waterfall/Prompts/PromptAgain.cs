using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// Lets a validator that answered a reply itself ("what?" gets why the question is asked) still
/// have the prompt ask its question again, buttons and all, so the person need not scroll up to
/// find it. Without a request, a validator that responded means the prompt stays quiet.
/// </summary>
public static class PromptAgain
{
    private const string Key = "CoachBot.PromptAgain";

    /// <summary>Asks the waiting prompt to send its question again after this reply.</summary>
    public static void Request(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.TurnState[Key] = true;
    }

    /// <summary>True when this turn asked for the question again; reading it clears it.</summary>
    public static bool Take(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.TurnState.Remove(Key);
    }
}
