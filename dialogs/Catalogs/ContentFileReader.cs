using System.Text.Json;
using CoachBot.Dialogs.Pictures;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>Reads content files, collecting problems instead of stopping at the first.</summary>
internal sealed class ContentFileReader(string root)
{
    public List<string> Problems { get; } = [];

    public T? Read<T>(string relativePath)
        where T : class
    {
        var file = Path.Combine(root, relativePath);
        try
        {
            using var stream = File.OpenRead(file);
            var value = JsonSerializer.Deserialize<T>(stream, ContentLibrary.JsonOptions);
            if (value is null)
            {
                Problems.Add($"{relativePath}: the file is empty.");
            }

            return value;
        }
        catch (FileNotFoundException)
        {
            Problems.Add($"{relativePath}: the file is missing.");
        }
        catch (JsonException e)
        {
            Problems.Add($"{relativePath}: not valid content JSON ({e.Message}).");
        }
        catch (IOException e)
        {
            Problems.Add($"{relativePath}: cannot be read ({e.Message}).");
        }

        return null;
    }

    public LanguageContent? ReadLanguage(string language)
    {
        var texts = Read<Dictionary<string, ContentText>>(Path.Combine(language, "texts.json"));
        var areas = Read<AreasFile>(Path.Combine(language, "areas.json"));
        var redFlags = Read<RedFlagContent>(Path.Combine(language, "redflags.json"));
        var symptoms = Read<SymptomContent>(Path.Combine(language, "symptoms.json"));
        var cautions = Read<CautionsContent>(Path.Combine(language, "cautions.json"));
        var routine = Read<RoutineContent>(Path.Combine(language, "routine.json"));
        var tips = Read<TipsFile>(Path.Combine(language, "tips.json"));
        var patterns = Read<PatternContent>(Path.Combine(language, "patterns.json"));
        if (texts is null || areas is null || redFlags is null || symptoms is null || cautions is null || routine is null || tips is null || patterns is null)
        {
            return null;
        }

        return new LanguageContent(language, texts, areas.Areas ?? [], redFlags, symptoms, cautions, routine, tips.Tips ?? []) { OutOfScope = areas.OutOfScope, Patterns = patterns };
    }

    /// <summary>The language-neutral pictures.json: each area's spots and referred zones, by area id.</summary>
    public IReadOnlyDictionary<string, AreaPicture> ReadPictures() =>
        Read<PicturesFile>("pictures.json")?.Areas is { } areas
            ? new Dictionary<string, AreaPicture>(areas, StringComparer.Ordinal)
            : new Dictionary<string, AreaPicture>(StringComparer.Ordinal);

    private sealed record AreasFile(IReadOnlyList<AreaContent>? Areas, OutOfScopeAreas? OutOfScope);

    private sealed record TipsFile(IReadOnlyList<ContentText>? Tips);

    private sealed record PicturesFile(IReadOnlyDictionary<string, AreaPicture>? Areas);
}
