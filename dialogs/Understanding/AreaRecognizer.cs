using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Understanding;

/// <summary>
/// Finds areas and a side in free text ("my neck and left shoulder", "between my shoulder blades").
/// Longer synonyms win over shorter ones inside them, so "upper back" is not also "back".
/// </summary>
public sealed class AreaRecognizer
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private readonly IReadOnlyList<(string AreaId, Regex Pattern, int Length)> _synonyms;

    /// <summary>Creates a recognizer over one language's areas.</summary>
    public AreaRecognizer(IReadOnlyList<AreaContent> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        _synonyms = areas
            .SelectMany(area => area.Synonyms.Append(area.Label).Select(s => (area.Id, s)))
            .Select(x => (x.Id, new Regex(@"\b" + Regex.Escape(x.s.ToLowerInvariant()) + @"s?\b", RegexOptions.CultureInvariant, MatchTimeout), x.s.Length))
            .OrderByDescending(x => x.Length)
            .ToList();
    }

    /// <summary>The areas and side mentioned in <paramref name="text"/>.</summary>
    public AreaMention Recognize(string? text)
    {
        var lower = (text ?? string.Empty).ToLowerInvariant().Replace('\u2019', '\'');
        var taken = new bool[lower.Length];
        var found = new List<(int Index, string AreaId)>();
        foreach (var (areaId, pattern, _) in _synonyms)
        {
            foreach (Match match in pattern.Matches(lower))
            {
                if (Enumerable.Range(match.Index, match.Length).Any(i => taken[i]))
                {
                    continue;
                }

                for (var i = match.Index; i < match.Index + match.Length; i++)
                {
                    taken[i] = true;
                }

                found.Add((match.Index, areaId));
            }
        }

        var areaIds = found.OrderBy(f => f.Index).Select(f => f.AreaId).Distinct().ToList();
        return new AreaMention(areaIds, SideIn(lower));
    }

    private static string? SideIn(string text)
    {
        var left = Regex.IsMatch(text, @"\bleft\b", RegexOptions.None, MatchTimeout);
        var right = Regex.IsMatch(text, @"\bright\b(?! now)", RegexOptions.None, MatchTimeout);
        if (Regex.IsMatch(text, @"\bboth\b|\bboth sides\b", RegexOptions.None, MatchTimeout) || (left && right))
        {
            return "both";
        }

        return left ? "left" : right ? "right" : null;
    }
}
