using System.Text.Json;

namespace CoachBot.Testing.Safety;

/// <summary>
/// The phrase corpus in Safety/Corpus: red flags and ordinary complaints written by helpers who
/// never saw the coach's content or tests, the way strangers type (typos, slang, rambling, denials).
/// </summary>
public static class PhrasingCorpus
{
    /// <summary>Expected: the emergency advice.</summary>
    public const string Emergency = "emergency";

    /// <summary>Expected: advice to see a doctor (the same day or before self-care).</summary>
    public const string Doctor = "doctor";

    /// <summary>Expected: no safety question and no safety advice.</summary>
    public const string None = "none";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Every phrasing of <paramref name="language"/>, in file order.</summary>
    public static IReadOnlyList<Phrasing> Load(string language = "en")
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Testing", "Safety", "Corpus");
        return Directory.EnumerateFiles(folder, $"*.{language}.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => JsonSerializer.Deserialize<CorpusFile>(File.ReadAllText(file), Options)?.Phrasings ?? [])
            .ToList();
    }

    private sealed record CorpusFile(IReadOnlyList<Phrasing>? Phrasings);
}
