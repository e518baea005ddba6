using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// How a dialog deep in the stack asks the root dialog to stop the session for safety in this
/// turn: it leaves the outcome in the turn state, and the root, which owns the whole stack, ends
/// everything and gives the advice once the inner dialogs have returned.
/// </summary>
public static class SafetyStopRequest
{
    private const string Key = "CoachBot.SafetyStopRequest";

    /// <summary>Asks for the session to stop with <paramref name="outcome"/>.</summary>
    public static void Request(ITurnContext turn, string outcome)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.TurnState[Key] = outcome;
    }

    /// <summary>The outcome asked for in this turn, or null; reading it clears it.</summary>
    public static string? Take(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnState.TryGetValue(Key, out var value) && value is string outcome)
        {
            turn.TurnState.Remove(Key);
            return outcome;
        }

        return null;
    }
}
