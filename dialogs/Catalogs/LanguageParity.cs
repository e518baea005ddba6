using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// What a second language must match in the default one, so a person meets the same coach in
/// either: every text (with the same {placeholders}), every area, caution, red-flag question,
/// outcome, sign and command. Each language gets one line per kind of gap, naming what it lacks,
/// so a translator sees the whole list at once.
/// </summary>
public static partial class LanguageParity
{
    /// <summary>Adds to <paramref name="problems"/> everything <paramref name="content"/> lacks beside <paramref name="reference"/>.</summary>
    public static void Check(LanguageContent content, LanguageContent reference, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(problems);
        var folder = content.Language;
        Lacks(problems, $"{folder}/texts.json", "texts", reference.OwnTexts.Keys.Concat(TextKeys.All), content.OwnTexts.Keys);
        Lacks(problems, $"{folder}/areas.json", "areas", reference.Areas.Select(a => a.Id), content.Areas.Select(a => a.Id));
        Lacks(problems, $"{folder}/cautions.json", "cautions", reference.Cautions.Cautions.Select(c => c.Id), content.Cautions.Cautions.Select(c => c.Id));
        Lacks(problems, $"{folder}/redflags.json", "outcomes", reference.RedFlags.Outcomes.Keys, content.RedFlags.Outcomes.Keys);
        Lacks(problems, $"{folder}/redflags.json", "questions", reference.RedFlags.General.Concat(reference.RedFlags.Area).Select(q => q.Id), content.RedFlags.General.Concat(content.RedFlags.Area).Select(q => q.Id));
        Lacks(problems, $"{folder}/symptoms.json", "signs", reference.Symptoms.Signs.Select(s => s.Id), content.Symptoms.Signs.Select(s => s.Id));
        Lacks(problems, $"{folder}/patterns.json", "commands", reference.Patterns.Commands.Select(c => c.Id), content.Patterns.Commands.Select(c => c.Id));
        Lacks(problems, $"{folder}/patterns.json", "sides", reference.Patterns.Sides.Select(s => s.Id), content.Patterns.Sides.Select(s => s.Id));
        if (reference.Tips.Count != content.Tips.Count)
        {
            problems.Add($"{folder}/tips.json: has {content.Tips.Count} tips where {reference.Language} has {reference.Tips.Count}; the program's days would not match.");
        }

        var placeholders = reference.OwnTexts
            .Where(t => content.OwnTexts.ContainsKey(t.Key))
            .Where(t => !Placeholders(t.Value.Text).SetEquals(Placeholders(content.OwnTexts[t.Key].Text)))
            .Select(t => $"'{t.Key}' ({string.Join(", ", Placeholders(t.Value.Text).Order(StringComparer.Ordinal))})")
            .ToList();
        if (placeholders.Count > 0)
        {
            problems.Add($"{folder}/texts.json: these texts must fill the same {{placeholders}} as in {reference.Language}: {string.Join("; ", placeholders)}.");
        }
    }

    private static void Lacks(List<string> problems, string file, string kind, IEnumerable<string> wanted, IEnumerable<string> present)
    {
        var missing = wanted.Distinct(StringComparer.Ordinal).Except(present, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{file}: lacks {missing.Count} {kind}: {string.Join(", ", missing)}.");
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[A-Za-z]+\}", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Placeholder();
}
