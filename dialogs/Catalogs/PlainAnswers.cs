using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The words a plain yes or no may be made of ("yes please", "no thanks", "yeah sure"). An answer
/// with any other word ("ok what next", "sure whatever") is not a clear answer to a question that
/// needs one, such as consent to store health data.
/// </summary>
/// <param name="Words">The words, lower case, without apostrophes.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record PlainAnswers(IReadOnlyList<string> Words, string Source)
{
    private HashSet<string>? _words;

    /// <summary>True when every word of <paramref name="text"/> is one of <see cref="Words"/>.</summary>
    public bool Covers(string? text)
    {
        var words = _words ??= new HashSet<string>(Words.SelectMany(w => MessageWords.Split(w)), StringComparer.Ordinal);
        return MessageWords.Split(text).All(w => w == MessageWords.ClauseEnd || words.Contains(w));
    }
}
