using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;

namespace CoachBot.Tests.Conversation;

/// <summary>The answers of a typical session, so each test spells out only what it is about.</summary>
public static class SessionScript
{
    /// <summary>The shipped English content, to know which questions an area asks.</summary>
    public static LanguageContent English { get; } = ContentLibrary.Load(ContentLibrary.DefaultRoot).For("en-US");

    /// <summary>
    /// The English text of <paramref name="key"/> up to its first {placeholder}: what a reply
    /// holds when it says that text, so a test asserts through the text key and a clinician can
    /// reword the sentence without breaking it. Placeholders filled from <paramref name="values"/>
    /// are part of the opening, so a test can check a number the text says ("your ratings (1)").
    /// </summary>
    public static string Opening(string key, object? values = null)
    {
        var opening = English.Text(key, values).Split('{')[0];

        // A text that starts with its placeholder has no opening to look for; such an assertion could never fail.
        return opening.Length >= 8 ? opening : throw new InvalidOperationException($"'{key}' begins with a placeholder; assert on its filled text instead.");
    }

    /// <summary>
    /// The English text of <paramref name="key"/> between its placeholders: fragment 0 is the text
    /// before the first {placeholder}, ^1 the text after the last. For a text that begins with a
    /// placeholder, or whose opening other texts share ("Two weeks done. Your usual pain went from
    /// ..."), a later fragment is what tells it apart.
    /// </summary>
    public static string Fragment(string key, Index index)
    {
        // Each piece after a '{' begins with the rest of that placeholder, up to its '}'.
        var fragments = English.Text(key).Split('{').Select((piece, i) => i == 0 ? piece : piece[(piece.IndexOf('}', StringComparison.Ordinal) + 1)..]).ToArray();
        var fragment = fragments[index];

        // As for Opening: a fragment this short is in too many replies for the assertion to mean anything.
        return fragment.Length >= 8 ? fragment : throw new InvalidOperationException($"Fragment {index} of '{key}' is too short to look for.");
    }

    /// <summary>
    /// What the coach says for a safety <paramref name="outcome"/> (redflags.json), up to its first
    /// {placeholder} not filled from <paramref name="values"/> (the emergency number, nurse or
    /// crisis line a deployment fills in).
    /// </summary>
    public static string Outcome(string outcome, object? values = null) => LanguageContent.Fill(English.RedFlags.Outcomes[outcome].Text, values).Split('{')[0];

    /// <summary>The question the coach asks when a person's own words may be the red flag <paramref name="signId"/> (symptoms.json).</summary>
    public static string SymptomQuestion(string signId) => English.Symptoms.Signs.Single(s => s.Id == signId).Question!;

    /// <summary>Opens the chat, gives an age, consents, and says where it hurts, for how long and how much; returns the last replies.</summary>
    public static async Task<IReadOnlyList<string>> StartAsync(CoachConversation chat, string area = "neck", string side = "left", string duration = "2 weeks", string pain = "6", bool consent = true, string age = "34")
    {
        await chat.JoinAsync();
        await chat.SendAsync(age);
        await chat.SendAsync(consent ? "yes" : "no");
        await chat.SendAsync(area);
        var areaId = English.Areas.First(a => a.Label.Equals(area, StringComparison.OrdinalIgnoreCase) || a.Synonyms.Contains(area.ToLowerInvariant())).Id;
        if (English.Area(areaId).HasSide)
        {
            await chat.SendAsync(side);
        }

        await chat.SendAsync(duration);
        return await chat.SendAsync(pain);
    }

    /// <summary>The age <see cref="StartAsync"/> gives unless told otherwise.</summary>
    public const int DefaultAge = 34;

    /// <summary>The screening questions for <paramref name="areaId"/>, in the order asked, for someone of <paramref name="age"/> (null: picked "18 to 64").</summary>
    public static IReadOnlyList<RedFlagQuestion> Questions(string areaId, bool chronic = false, int? age = DefaultAge) =>
        ScreeningDialog.QuestionsFor(English, new SessionPlan { AreaId = areaId, IsChronic = chronic, AgeYears = age });

    /// <summary>
    /// What each screening question begins with, in the order asked: the text a client waits for
    /// after answering the one before (the first line, so markdown lists do not matter).
    /// </summary>
    public static IEnumerable<string> ScreenOpenings(string areaId, int? age) =>
        Questions(areaId, age: age).Select(q => q.Question.Split('\n')[0] is var line && line.Length > 30 ? line[..30] : q.Question.Split('\n')[0]);

    /// <summary>What each screening question after the first begins with (see <see cref="ScreenOpenings"/>).</summary>
    public static IEnumerable<string> LaterScreenOpenings(string areaId, int? age) => ScreenOpenings(areaId, age).Skip(1);

    /// <summary>Answers "no" to every screening question; returns the replies to the last answer.</summary>
    public static async Task<IReadOnlyList<string>> PassScreenAsync(CoachConversation chat, string areaId, bool chronic = false, int? age = DefaultAge)
    {
        IReadOnlyList<string> replies = [];
        foreach (var _ in Questions(areaId, chronic, age))
        {
            replies = await chat.SendAsync("no");
        }

        return replies;
    }

    /// <summary>Says no cautions, picks a thumb, finds the spot, picks a hold of <paramref name="seconds"/> and starts it; returns the start cue.</summary>
    public static async Task<IReadOnlyList<string>> StartReleaseAsync(CoachConversation chat, string seconds = "60 seconds")
    {
        await chat.SendAsync("no");
        await chat.SendAsync("thumb");
        await chat.SendAsync("yes");
        await chat.SendAsync(seconds);
        return await chat.SendAsync("start");
    }

    /// <summary>True when <paramref name="text"/> tells the person to press on the spot.</summary>
    public static bool IsPressureInstruction(string text) =>
        text.Contains(Opening(TextKeys.ReleaseStart), StringComparison.Ordinal)
        || text.Contains(Opening(TextKeys.ReleasePressure), StringComparison.Ordinal)
        || text.Contains(Opening(TextKeys.ReleasePressureLight), StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="text"/> asks whether the person has been checked since a safety
    /// stop: the hold's question or its retry, which a rewording may no longer make contain it.
    /// </summary>
    public static bool IsHoldQuestion(string text) =>
        text.Contains(Opening(TextKeys.HoldAsk), StringComparison.Ordinal) || text.Contains(Opening(TextKeys.HoldRetry), StringComparison.Ordinal);
}
