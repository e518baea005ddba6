using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// What people say besides answers (routine.json "smallTalk"): greetings ("hi" at any question gets
/// "Hi again" and the question), closings ("thanks", "ok" after a session get a friendly word, not a
/// new session), and common questions ("how long will this take?") with their short answers.
/// </summary>
/// <param name="Greetings">Whole messages that are a greeting.</param>
/// <param name="Closings">Whole messages that close a chat.</param>
/// <param name="Questions">Questions people ask mid-session, each with its answer.</param>
public sealed record SmallTalk(IReadOnlyList<string> Greetings, IReadOnlyList<string> Closings, IReadOnlyList<CommonQuestion> Questions)
{
    /// <summary>True when the whole of <paramref name="text"/> is a greeting ("hi", "hello there!").</summary>
    public bool IsGreeting(string? text) => IsWhole(text, Greetings);

    /// <summary>True when the whole of <paramref name="text"/> closes a chat ("thanks", "ok bye").</summary>
    public bool IsClosing(string? text) => IsWhole(text, Closings);

    /// <summary>The common question <paramref name="text"/> asks, or null.</summary>
    public CommonQuestion? QuestionIn(string? text)
    {
        var said = MessageWords.Spaced(text);
        return Questions.FirstOrDefault(q => q.Asks.Any(ask => MessageWords.HasPhrase(said, ask)));
    }

    private static bool IsWhole(string? text, IReadOnlyList<string> phrases)
    {
        var said = MessageWords.Spaced(text);
        return said.Trim().Length > 0 && phrases.Any(p => MessageWords.Spaced(p) == said);
    }
}
