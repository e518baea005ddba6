using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// Spots red-flag words in anything a person types ("chest pain", "my arm went numb"), so the
/// conversation can stop whatever it is doing. Phrases that only sound alarming ("a numb feeling
/// about work") and negated ones ("no chest pain") are let through; when in doubt it errs towards
/// interrupting, because a needless safety message costs far less than a missed one.
/// </summary>
public sealed class RedFlagDetector
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private const int NegationWindowWords = 4;

    private readonly IReadOnlyList<(RedFlagPattern Flag, Regex Regex)> _alarming;
    private readonly IReadOnlyList<Regex> _notAlarming;
    private readonly IReadOnlyList<string> _negations;

    /// <summary>Creates a detector over one language's red-flag content.</summary>
    public RedFlagDetector(RedFlagContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _alarming = content.Interruptions.Select(f => (f, new Regex(f.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout))).ToList();
        _notAlarming = content.NotAlarming.Select(f => new Regex(f.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout)).ToList();
        _negations = content.Negations.Select(n => n.ToLowerInvariant()).ToList();
    }

    /// <summary>The red flag in <paramref name="text"/>, or null when there is none.</summary>
    public RedFlagPattern? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = Normalize(text);
        if (_notAlarming.Any(r => r.IsMatch(normalized)))
        {
            return null;
        }

        foreach (var (flag, regex) in _alarming)
        {
            foreach (Match match in regex.Matches(normalized))
            {
                if (!IsNegated(normalized, match.Index))
                {
                    return flag;
                }
            }
        }

        return null;
    }

    // Curly apostrophes from phones would otherwise defeat "can't".
    private static string Normalize(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'');

    private bool IsNegated(string text, int matchStart)
    {
        var clauseStart = text.LastIndexOfAny(['.', '!', '?', ',', ';', '\n'], Math.Max(0, matchStart - 1)) + 1;
        var before = text[clauseStart..matchStart].ToLowerInvariant();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var window = " " + string.Join(' ', words.TakeLast(NegationWindowWords)) + " ";
        return _negations.Any(n => window.Contains(" " + n + " ", StringComparison.Ordinal));
    }
}
