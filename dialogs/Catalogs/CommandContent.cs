using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// A language's commands.json: how a person asks, in that language, for what works at any moment
/// ("help", "ayuda"), and what they type to switch to it ("español", "in English"). Kept in the
/// content so a new language brings its own words without code.
/// </summary>
public sealed class CommandContent
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
    private IReadOnlyList<(string Id, Regex Pattern)>? _compiled;

    /// <summary>Whole messages that switch to this language.</summary>
    public List<string> LanguageNames { get; init; } = [];

    /// <summary>The commands in the order they are tried.</summary>
    public List<CommandPattern> Commands { get; init; } = [];

    /// <summary>The source id (the wording is the coach's own).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The id of the command <paramref name="text"/> asks for as a whole message, or null.</summary>
    public string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        _compiled ??= Commands.Select(c => (c.Id, new Regex(c.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout))).ToList();
        foreach (var (id, pattern) in _compiled)
        {
            if (pattern.IsMatch(text))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/>, as a whole message, names this language.</summary>
    public bool Names(string? text)
    {
        var said = (text ?? string.Empty).Trim().TrimEnd('.', '!', '?').TrimStart('¿', '¡').Trim();
        return LanguageNames.Any(name => string.Equals(name, said, StringComparison.OrdinalIgnoreCase));
    }
}
