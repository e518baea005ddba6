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
    private static readonly string[] FreeTextSides = ["left", "right", "both"];
    private readonly IReadOnlyList<(string AreaId, Regex Pattern, int Length)> _synonyms;
    private readonly IReadOnlyList<SideChoice> _sides;
    private readonly IReadOnlyList<SideChoice> _allSides;
    private readonly IReadOnlyList<string> _notSides;

    /// <summary>Creates a recognizer over one language's areas and its words for the sides.</summary>
    public AreaRecognizer(IReadOnlyList<AreaContent> areas, PatternContent patterns)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(patterns);
        _synonyms = areas
            .SelectMany(area => area.Synonyms.Append(area.Label).Select(s => (area.Id, s)))
            .Select(x => (x.Id, new Regex(@"\b" + Regex.Escape(Fold(x.s)) + @"s?\b", RegexOptions.CultureInvariant, MatchTimeout), x.s.Length))
            .OrderByDescending(x => x.Length)
            .ToList();
        _sides = patterns.Sides.Where(s => FreeTextSides.Contains(s.Id)).ToList();
        _allSides = patterns.Sides;
        _notSides = patterns.NotSides;
    }

    /// <summary>The areas and side mentioned in <paramref name="text"/>.</summary>
    public AreaMention Recognize(string? text)
    {
        var lower = Fold(text ?? string.Empty).Replace('\u2019', '\'');
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

    // A side named anywhere ("my left shoulder", "el hombro derecho"), except in phrases that only
    // sound like one ("right now"); left and right together are both.
    private string? SideIn(string text)
    {
        var spaced = MessageWords.Spaced(text);
        foreach (var phrase in _notSides)
        {
            spaced = spaced.Replace(MessageWords.Spaced(phrase), " ", StringComparison.Ordinal);
        }

        var named = _sides.Where(s => s.Synonyms.Prepend(s.Label).Any(w => MessageWords.HasPhrase(spaced, w))).Select(s => s.Id).ToList();
        if (named.Contains("both") || (named.Contains("left") && named.Contains("right")))
        {
            return "both";
        }

        // A side said plainly ("the left one") wins over a side a place implies ("between my shoulder blades").
        return named.FirstOrDefault() ?? _allSides.FirstOrDefault(s => s.InAnswer.Any(w => MessageWords.HasPhrase(spaced, w)))?.Id;
    }

    private static string Fold(string text) => MessageWords.WithoutAccents(text.ToLowerInvariant());
}
