using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// Compiles the regular expressions of the content files once each, case-insensitive and with a
/// time limit, so a pattern a content editor writes can neither differ by case nor hang a turn.
/// </summary>
public static class ContentPatterns
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>The compiled <paramref name="pattern"/>.</summary>
    public static Regex Compile(string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout));

    /// <summary>True when <paramref name="pattern"/> is set and matches <paramref name="text"/>.</summary>
    public static bool Matches(string? pattern, string? text) =>
        !string.IsNullOrEmpty(pattern) && !string.IsNullOrEmpty(text) && Compile(pattern).IsMatch(text);
}
