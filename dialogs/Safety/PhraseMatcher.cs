using System.Globalization;
using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// Finds content phrases in a message's words, all of them, overlapping or not. A word of seven
/// letters or more also matches a typed word one slip away ("swolen", "numbess", "tingeling"),
/// because people describing symptoms on a phone do not spell-check; shorter words must match
/// exactly, since one letter turns them into other words ("number" is not "numbed").
/// </summary>
public sealed class PhraseMatcher
{
    private const int ShortestFuzzyWord = 7;
    private const int MostFillers = 2;


    private readonly Dictionary<string, List<(string[] Words, string Label)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, string Label)> _numberFirst = [];
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _longWordsByLength = [];
    private readonly HashSet<string> _fillers;
    private readonly HashSet<string> _neverFuzzy;

    /// <summary>
    /// Creates a matcher for <paramref name="phrases"/> (label, phrase); <paramref name="fillers"/>
    /// are words that may stand between a phrase's words ("really", "even"), and
    /// <paramref name="neverFuzzy"/> typed words that are one letter from a content word but common
    /// on their own ("number" is not "numbed", "genial" is not "genital"). Both are read as
    /// messages are, accents dropped.
    /// </summary>
    public PhraseMatcher(IEnumerable<(string Label, string Phrase)> phrases, IEnumerable<string>? fillers = null, IEnumerable<string>? neverFuzzy = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _fillers = new HashSet<string>((fillers ?? []).SelectMany(MessageWords.Split), StringComparer.Ordinal);
        _neverFuzzy = new HashSet<string>((neverFuzzy ?? []).SelectMany(MessageWords.Split), StringComparer.Ordinal);
        foreach (var (label, phrase) in phrases)
        {
            var words = PhraseWords(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (IsNumberRange(words[0]))
            {
                _numberFirst.Add((words, label));
            }
            else
            {
                if (!_byFirstWord.TryGetValue(words[0], out var list))
                {
                    _byFirstWord[words[0]] = list = [];
                }

                list.Add((words, label));
            }

            foreach (var word in words.Where(w => !IsNumberRange(w)))
            {
                if (_vocabulary.Add(word) && word.Length >= ShortestFuzzyWord)
                {
                    if (!_longWordsByLength.TryGetValue(word.Length, out var sameLength))
                    {
                        _longWordsByLength[word.Length] = sameLength = [];
                    }

                    sameLength.Add(word);
                }
            }
        }
    }

    /// <summary>Every phrase found in <paramref name="words"/>.</summary>
    public IReadOnlyList<PhraseHit> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var readings = words.Select(Readings).ToArray();
        var hits = new List<PhraseHit>();
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var reading in readings[start])
            {
                if (_byFirstWord.TryGetValue(reading, out var candidates))
                {
                    AddMatches(candidates, readings, words, start, hits);
                }
            }

            if (IsWholeNumber(words[start]))
            {
                AddMatches(_numberFirst, readings, words, start, hits);
            }
        }

        return hits;
    }

    private void AddMatches(List<(string[] Words, string Label)> candidates, string[][] readings, IReadOnlyList<string> words, int start, List<PhraseHit> hits)
    {
        foreach (var (phrase, label) in candidates)
        {
            if (EndOf(phrase, readings, words, start) is { } end)
            {
                hits.Add(new PhraseHit(label, start, end));
            }
        }
    }

    // Where the phrase ends when it starts at start, or null. Between its words, a few fillers may
    // stand ("can't really feel", "can't even breathe") without breaking it.
    private int? EndOf(string[] phrase, string[][] readings, IReadOnlyList<string> words, int start)
    {
        var at = start;
        var skipped = 0;
        for (var i = 0; i < phrase.Length; i++)
        {
            while (i > 0 && at < words.Count && skipped < MostFillers && _fillers.Contains(words[at]) && !Matches(phrase[i], readings[at], words[at]))
            {
                at++;
                skipped++;
            }

            if (at >= words.Count || !Matches(phrase[i], readings[at], words[at]))
            {
                return null;
            }

            at++;
        }

        return at;
    }

    private static bool Matches(string phraseWord, string[] readings, string word) =>
        IsNumberRange(phraseWord) ? InRange(phraseWord, word) : readings.Contains(phraseWord);

    // Content phrases are split like messages, except that "#50-110" stays one word.
    private static string[] PhraseWords(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => IsNumberRange(part) ? [part] : MessageWords.Split(part).Where(w => w != MessageWords.ClauseEnd))
            .ToArray();

    // The word itself, plus the content words it may be a slip of.
    private string[] Readings(string word)
    {
        if (word == MessageWords.ClauseEnd || _vocabulary.Contains(word) || word.Length < ShortestFuzzyWord - 1 || _neverFuzzy.Contains(word) || IsWholeNumber(word))
        {
            return [word];
        }

        var readings = new List<string> { word };
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (_longWordsByLength.TryGetValue(length, out var candidates))
            {
                readings.AddRange(candidates.Where(c => OneSlipApart(word, c)));
            }
        }

        return readings.ToArray();
    }

    /// <summary>True when one letter added, dropped, changed or two neighbours swapped turn one into the other.</summary>
    public static bool OneSlipApart(string typed, string word)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(word);
        if (Math.Abs(typed.Length - word.Length) > 1 || typed == word)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < typed.Length && prefix < word.Length && typed[prefix] == word[prefix])
        {
            prefix++;
        }

        // Compared as spans: this runs for every unknown long word of every message.
        var a = typed.AsSpan(prefix);
        var b = word.AsSpan(prefix);
        if (a.Length == b.Length)
        {
            return a[1..].SequenceEqual(b[1..]) || (a.Length >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..].SequenceEqual(b[2..]));
        }

        return a.Length > b.Length ? a[1..].SequenceEqual(b) : a.SequenceEqual(b[1..]);
    }

    private static bool IsNumberRange(string word) => word.StartsWith('#');

    private static bool IsWholeNumber(string word) => word.Length > 0 && word.All(char.IsDigit);

    private static bool InRange(string range, string word)
    {
        if (!IsWholeNumber(word) || word.Length > 4)
        {
            return false;
        }

        var bounds = range[1..].Split('-');
        var value = int.Parse(word, CultureInfo.InvariantCulture);
        return value >= int.Parse(bounds[0], CultureInfo.InvariantCulture) && value <= int.Parse(bounds[1], CultureInfo.InvariantCulture);
    }
}
