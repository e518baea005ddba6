using System.Globalization;
using System.Text.Json;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The coach's texts by language, loaded from content/{language}/texts.json. A second language is
/// a new folder; a text missing there falls back to English so a person never gets a blank reply.
/// </summary>
public sealed class TextCatalog
{
    /// <summary>The language every other falls back to.</summary>
    public const string DefaultLanguage = "en";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContentText>> _byLanguage;

    private TextCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContentText>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The languages that have texts.</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>Loads and validates every language under <paramref name="contentRoot"/>.</summary>
    /// <exception cref="ContentValidationException">A file is unreadable, or an item lacks text or a known source.</exception>
    public static TextCatalog Load(string contentRoot)
    {
        var problems = new List<string>();
        var sources = ReadJson<Dictionary<string, string>>(Path.Combine(contentRoot, "sources.json"), problems) ?? [];
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, ContentText>>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in Directory.EnumerateDirectories(contentRoot))
        {
            var file = Path.Combine(folder, "texts.json");
            var texts = ReadJson<Dictionary<string, ContentText>>(file, problems);
            if (texts is null)
            {
                continue;
            }

            foreach (var (key, item) in texts)
            {
                if (string.IsNullOrWhiteSpace(item?.Text))
                {
                    problems.Add($"{file}: '{key}': the text is empty.");
                }
                else if (string.IsNullOrWhiteSpace(item.Source) || !sources.ContainsKey(item.Source))
                {
                    problems.Add($"{file}: '{key}': source '{item.Source}' is not listed in sources.json.");
                }
            }

            byLanguage[Path.GetFileName(folder)] = texts;
        }

        if (!byLanguage.ContainsKey(DefaultLanguage))
        {
            problems.Add($"{contentRoot}: there is no '{DefaultLanguage}' folder with texts.json.");
        }

        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new TextCatalog(byLanguage);
    }

    /// <summary>The text for <paramref name="key"/> in the language of <paramref name="locale"/> (e.g. "en-US").</summary>
    public string Get(string key, string? locale = null)
    {
        var language = LanguageOf(locale);
        if (_byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text))
        {
            return text.Text;
        }

        if (_byLanguage[DefaultLanguage].TryGetValue(key, out var fallback))
        {
            return fallback.Text;
        }

        throw new KeyNotFoundException($"No text '{key}' in content/{DefaultLanguage}/texts.json.");
    }

    private static string LanguageOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return DefaultLanguage;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale).TwoLetterISOLanguageName;
        }
        catch (CultureNotFoundException)
        {
            return DefaultLanguage;
        }
    }

    private static T? ReadJson<T>(string file, List<string> problems)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            problems.Add($"{file}: cannot be read: {e.Message}");
            return null;
        }
    }
}
