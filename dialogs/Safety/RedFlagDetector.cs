using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// Notices red flags in whatever a person types, at any step, by clinical concept rather than fixed
/// phrases: "my jaw and left arm ache and I'm sweating" is a heart-attack sign without the words
/// "chest pain". Each red flag in symptoms.json names the concepts that make it up; a concept counts
/// when one of its words is in the message and not denied ("no chest pain", "not swollen or red").
/// Figures of speech ("numb about my job", "chest day") are set aside first. When in doubt it errs
/// towards asking, because a needless safety question costs far less than a missed red flag.
/// </summary>
public sealed class RedFlagDetector
{
    // How far back a denial reaches: "no fever or chills or a stiff neck" denies all three.
    private const int DenialReach = 5;
    private const int MostOccurrences = 16;

    // A denial after a symptom must follow it at once, give or take one word ("vision is totally fine").
    private const int AfterDenialReach = 1;

    private const string NegationLabel = "\u0001negation";
    private const string AfterDenialLabel = "\u0001after";
    private const string ClauseBreakLabel = "\u0001break";
    private const string NeutralLabel = "\u0001neutral";
    private const string FigurativeLabel = "\u0001figurative";

    private readonly PhraseMatcher _matcher;
    private readonly IReadOnlyList<SymptomSign> _signsBySeverity;

    /// <summary>Creates a detector over one language's symptom content.</summary>
    public RedFlagDetector(SymptomContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var phrases = content.Concepts.SelectMany(c => c.Value.Select(term => (c.Key, term)))
            .Concat(content.Negations.Select(n => (NegationLabel, n)))
            .Concat(content.AfterDenials.Select(n => (AfterDenialLabel, n)))
            .Concat(content.ClauseBreaks.Select(n => (ClauseBreakLabel, n)))
            .Concat(content.Neutral.Select(n => (NeutralLabel, n)))
            .Concat(content.Figurative.Select(n => (FigurativeLabel, n)));
        _matcher = new PhraseMatcher(phrases, content.Fillers ?? [], content.NeverFuzzy ?? []);
        _signsBySeverity = content.Signs
            .Select((sign, index) => (sign, index))
            .OrderBy(x => Severity(x.sign))
            .ThenBy(x => x.index)
            .Select(x => x.sign)
            .ToList();
    }

    /// <summary>The most serious red flag in <paramref name="text"/>, or null when there is none.</summary>
    public SymptomSign? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = MessageWords.Split(text);
        var present = PresentConcepts(words, _matcher.Find(words));
        return present.Count == 0 ? null : _signsBySeverity.FirstOrDefault(sign => Matches(sign, present));
    }

    /// <summary>
    /// True when <paramref name="text"/> speaks of symptoms in this language's words at all, even
    /// denied ("no fever") or as a figure of speech ("numb about my job"): then this language's
    /// judgement stands and no other language's words are looked for.
    /// </summary>
    public bool SpeaksOfSymptoms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return _matcher.Find(MessageWords.Split(text)).Any(h => h.Label[0] != '\u0001' || h.Label == FigurativeLabel);
    }

    // Most serious outcome first; within one, a certain sign before one that needs a question.
    private static int Severity(SymptomSign sign) => (SafetyOutcomes.Severity(sign.Outcome) * 2) + (sign.IsCertain ? 0 : 1);

    /// <summary>Where each concept occurs in the message, leaving out figures of speech and denied mentions.</summary>
    private static Dictionary<string, List<PhraseHit>> PresentConcepts(IReadOnlyList<string> words, IReadOnlyList<PhraseHit> hits)
    {
        var figurative = new bool[words.Count];
        foreach (var hit in hits.Where(h => h.Label == FigurativeLabel))
        {
            Array.Fill(figurative, true, hit.Start, hit.End - hit.Start);
        }

        var concepts = hits.Where(h => h.Label[0] != '\u0001' && !Inside(figurative, h)).ToList();

        // A denial word inside a symptom phrase ("no feeling", "doesn't go away") or a neutral phrase
        // ("no idea why") denies nothing.
        var insidePhrase = new bool[words.Count];
        foreach (var hit in concepts.Concat(hits.Where(h => h.Label == NeutralLabel)))
        {
            Array.Fill(insidePhrase, true, hit.Start, hit.End - hit.Start);
        }

        var denials = hits.Where(h => h.Label == NegationLabel && !insidePhrase[h.Start]).ToList();
        var afterDenials = hits.Where(h => h.Label == AfterDenialLabel && !insidePhrase[h.Start]).ToList();
        var breaks = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            breaks[i] = words[i] == MessageWords.ClauseEnd;
        }

        foreach (var hit in hits.Where(h => h.Label == ClauseBreakLabel))
        {
            breaks[hit.Start] = true;
        }

        var present = new Dictionary<string, List<PhraseHit>>(StringComparer.Ordinal);
        foreach (var hit in concepts)
        {
            if (IsDenied(hit, denials, breaks) || afterDenials.Any(a => a.Start >= hit.End && a.Start - hit.End <= AfterDenialReach && !breaks[hit.End]))
            {
                continue;
            }

            if (!present.TryGetValue(hit.Label, out var list))
            {
                present[hit.Label] = list = [];
            }

            if (list.Count < MostOccurrences)
            {
                list.Add(hit);
            }
        }

        return present;
    }

    // Only words wholly inside a figure of speech are set aside: "out of breath just talking" is not "out of breath" after a run.
    private static bool Inside(bool[] marked, PhraseHit hit)
    {
        for (var i = hit.Start; i < hit.End; i++)
        {
            if (!marked[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDenied(PhraseHit hit, List<PhraseHit> denials, bool[] breaks)
    {
        foreach (var denial in denials)
        {
            if (denial.End > hit.Start || hit.Start - denial.End > DenialReach)
            {
                continue;
            }

            var broken = false;
            for (var i = denial.End; i < hit.Start && !broken; i++)
            {
                broken = breaks[i];
            }

            if (!broken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(SymptomSign sign, Dictionary<string, List<PhraseHit>> present)
    {
        if (sign.Unless?.Any(present.ContainsKey) == true)
        {
            return false;
        }

        var groups = new List<List<PhraseHit>>(sign.All.Count);
        foreach (var element in sign.All)
        {
            var occurrences = element.Split('|').SelectMany(c => present.GetValueOrDefault(c) ?? []).ToList();
            if (occurrences.Count == 0)
            {
                return false;
            }

            groups.Add(occurrences);
        }

        return sign.Within is not { } within || SmallestSpan(groups, 0, int.MaxValue, int.MinValue) <= within;
    }

    // The fewest words that hold one occurrence of every group (few groups, few occurrences each).
    private static int SmallestSpan(List<List<PhraseHit>> groups, int index, int first, int last)
    {
        if (index == groups.Count)
        {
            return last - first;
        }

        var best = int.MaxValue;
        foreach (var hit in groups[index])
        {
            best = Math.Min(best, SmallestSpan(groups, index + 1, Math.Min(first, hit.Start), Math.Max(last, hit.End)));
        }

        return best;
    }
}
