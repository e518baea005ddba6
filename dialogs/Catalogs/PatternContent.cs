using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// A language's patterns.json: how a person says, in that language, what the coach must recognise
/// beyond single words: the commands that work at any moment ("help", "ayuda"), what switches to
/// the language ("español"), everyday yes and no ("nah", "claro"), pain ratings ("7/10"), replies
/// during a timed hold ("too much"), durations ("for years"), the release lengths' other names
/// ("a minute") and the sides. Kept in the content so that a new language brings its own words
/// without code.
/// </summary>
public sealed class PatternContent
{
    private IReadOnlyList<(string Id, Regex Pattern)>? _commands;

    /// <summary>Whole messages that switch to this language.</summary>
    public List<string> LanguageNames { get; init; } = [];

    /// <summary>The commands in the order they are tried.</summary>
    public List<CommandPattern> Commands { get; init; } = [];

    /// <summary>The answers to "Which side?", in button order.</summary>
    public List<SideChoice> Sides { get; init; } = [];

    /// <summary>Phrases that contain a side's word without naming a side ("right now").</summary>
    public List<string> NotSides { get; init; } = [];

    /// <summary>Everyday yes and no beyond the official words, and hedges that answer neither.</summary>
    public AnswerPatterns Answers { get; init; } = new();

    /// <summary>A score out of ten and a range, in a pain rating.</summary>
    public RatingPatterns Ratings { get; init; } = new();

    /// <summary>Replies that answer no question: a question back, "not sure", "ouch".</summary>
    public ReplyPatterns Replies { get; init; } = new();

    /// <summary>Other words for "None of these" when asked which caution applies.</summary>
    public List<string> NoneOfThese { get; init; } = [];

    /// <summary>What a person says during a timed hold.</summary>
    public HoldReplyPatterns HoldReplies { get; init; } = new();

    /// <summary>Durations the date recognizer does not read ("for years", "a few days").</summary>
    public DurationPatterns Durations { get; init; } = new();

    /// <summary>Other names for the default and the longest release.</summary>
    public ReleaseLengthWords ReleaseLengths { get; init; } = new();

    /// <summary>The source id (the wording is the coach's own).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The id of the command <paramref name="text"/> asks for as a whole message, or null.</summary>
    public string? RecognizeCommand(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        _commands ??= Commands.Select(c => (c.Id, ContentPatterns.Compile(c.Pattern))).ToList();
        return _commands.FirstOrDefault(c => c.Pattern.IsMatch(text)).Id;
    }

    /// <summary>True when <paramref name="text"/>, as a whole message, names this language.</summary>
    public bool Names(string? text)
    {
        var said = (text ?? string.Empty).Trim().TrimEnd('.', '!', '?').TrimStart('¿', '¡').Trim();
        return LanguageNames.Any(name => string.Equals(name, said, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every pattern of the file with where it stands, for validation.</summary>
    internal IEnumerable<(string Item, string Pattern)> AllPatterns() =>
        Commands.Select(c => (c.Id, c.Pattern))
            .Concat(Answers.All().Select(p => ("answers." + p.Name, p.Pattern)))
            .Concat(Ratings.All().Select(p => ("ratings." + p.Name, p.Pattern)))
            .Concat(Replies.All().Select(p => ("replies." + p.Name, p.Pattern)))
            .Concat(HoldReplies.All().Select(p => ("holdReplies." + p.Name, p.Pattern)))
            .Concat(Durations.All().Select(p => ("durations." + p.Name, p.Pattern)));
}
