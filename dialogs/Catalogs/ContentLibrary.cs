using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Dialogs.Pictures;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The coach's content for every language under content/: one folder per language with
/// texts.json, areas.json, redflags.json, cautions.json and routine.json, plus sources.json and
/// pictures.json shared by all. Loading validates everything and fails with every problem listed, each naming its file
/// and item, because a clinician editing these files needs to find the mistake quickly.
/// </summary>
public sealed class ContentLibrary
{
    /// <summary>The language every other falls back to.</summary>
    public const string DefaultLanguage = "en";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private readonly IReadOnlyDictionary<string, LanguageContent> _languages;

    private ContentLibrary(IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, AreaPicture> pictures, IReadOnlyDictionary<string, LanguageContent> languages)
    {
        Sources = sources;
        Pictures = pictures;
        _languages = languages;
    }

    /// <summary>Source ids and their citations.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>
    /// Each area's picture by area id (pictures.json): where to press and where the pain can
    /// spread, in figure coordinates on the person's right side. Every area of every language has one.
    /// </summary>
    public IReadOnlyDictionary<string, AreaPicture> Pictures { get; }

    /// <summary>The languages that have content.</summary>
    public IEnumerable<string> Languages => _languages.Keys;

    /// <summary>The content folder shipped beside the dialogs assembly.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>Loads and validates all content under <paramref name="root"/>.</summary>
    /// <exception cref="ContentValidationException">Listing every problem found.</exception>
    public static ContentLibrary Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var reader = new ContentFileReader(root);
        var sources = reader.Read<Dictionary<string, string>>("sources.json") ?? [];
        ContentRules.CheckSources(sources, reader.Problems);
        var languages = new Dictionary<string, LanguageContent>(StringComparer.OrdinalIgnoreCase);

        var folders = Directory.Exists(root) ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().ToList() : [];
        if (!folders.Contains(DefaultLanguage))
        {
            reader.Problems.Add($"{root}: there is no '{DefaultLanguage}' folder.");
        }

        foreach (var language in folders)
        {
            if (reader.ReadLanguage(language) is { } content)
            {
                languages[language] = content;
            }
        }

        // Every language stands on its own: nothing falls back to English in front of a person,
        // so a second language must have all that the first has.
        foreach (var content in languages.Values)
        {
            ContentRules.Check(content, sources, reader.Problems);
            if (content.Language != DefaultLanguage && languages.TryGetValue(DefaultLanguage, out var reference))
            {
                LanguageParity.Check(content, reference, reader.Problems);
            }
        }

        // Pictures have no words, so one file serves every language; it must cover every area any has.
        var pictures = reader.ReadPictures();
        PictureRules.Check(pictures, languages.Values.SelectMany(content => content.Areas).Select(area => area.Id).Distinct(), sources, reader.Problems);

        if (reader.Problems.Count > 0)
        {
            throw new ContentValidationException(reader.Problems);
        }

        return new ContentLibrary(sources, pictures, languages);
    }

    /// <summary>
    /// Sets <paramref name="numbers"/> (locale, or "default", to number) over every language's
    /// emergency numbers, and returns this library.
    /// </summary>
    public ContentLibrary WithEmergencyNumbers(IReadOnlyDictionary<string, string>? numbers)
    {
        if (numbers is { Count: > 0 })
        {
            foreach (var content in _languages.Values)
            {
                content.OverrideEmergencyNumbers(numbers);
            }
        }

        return this;
    }

    /// <summary>Every language's content, the default first.</summary>
    public IEnumerable<LanguageContent> All => _languages.Values.OrderBy(content => content.Language == DefaultLanguage ? 0 : 1);

    /// <summary>The default language's content, whose commands also work in every other language.</summary>
    public LanguageContent Default => _languages[DefaultLanguage];

    /// <summary>The language that <paramref name="text"/>, as a whole message, asks to switch to ("español", "in English"), or null.</summary>
    public string? LanguageNamed(string? text) =>
        _languages.Values.FirstOrDefault(content => content.Patterns.Names(text))?.Language;

    /// <summary>
    /// True when <paramref name="text"/> hedges ("not sure", "no sé") in any language of the
    /// library: a person may answer in their own language whatever the coach speaks, and a hedge
    /// taken for the "no" inside it would pass a safety question unanswered.
    /// </summary>
    public bool IsHedge(string? text) =>
        _languages.Values.Any(content => ContentPatterns.Matches(content.Patterns.Answers.Hedge, text));

    /// <summary>
    /// The locale for <paramref name="language"/> given the channel's <paramref name="channelLocale"/>:
    /// the channel's own when it is in that language, else the language with the channel's region
    /// ("es" on an "en-US" browser is "es-US", whose emergency number is 911), else the language alone.
    /// </summary>
    public static string LocaleIn(string language, string? channelLocale)
    {
        ArgumentNullException.ThrowIfNull(language);
        CultureInfo? channel = null;
        try
        {
            channel = string.IsNullOrWhiteSpace(channelLocale) ? null : CultureInfo.GetCultureInfo(channelLocale);
        }
        catch (CultureNotFoundException)
        {
            // An unknown locale gives no region to keep.
        }

        if (channel is null)
        {
            return language;
        }

        if (channel.TwoLetterISOLanguageName == language)
        {
            return channelLocale!;
        }

        var region = channel.Name.Split('-') is [_, var r, ..] ? r : null;
        return region is not null && Exists($"{language}-{region}") ? $"{language}-{region}" : language;
    }

    private static bool Exists(string locale)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The content in the language of the turn's activity (its locale).</summary>
    public LanguageContent For(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return For(turn.Activity?.Locale);
    }

    /// <summary>The content for <paramref name="locale"/>: a folder named for the whole locale, else its language ("es-MX" uses "es"), else English.</summary>
    public LanguageContent For(string? locale)
    {
        if (locale is not null && _languages.TryGetValue(locale, out var exact))
        {
            return exact;
        }

        var language = DefaultLanguage;
        if (!string.IsNullOrWhiteSpace(locale))
        {
            try
            {
                language = CultureInfo.GetCultureInfo(locale).TwoLetterISOLanguageName;
            }
            catch (CultureNotFoundException)
            {
                // An unknown locale from a channel is not worth failing a turn over.
            }
        }

        return _languages.TryGetValue(language, out var content) ? content : _languages[DefaultLanguage];
    }
}
