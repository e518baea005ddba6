using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Testing;

/// <summary>
/// Makes a pseudo-language from English content: every text a person reads is accented and
/// wrapped in ⟦ ⟧ ("⟦Ŵĥéŕé ðöéš îţ ĥûŕţ?⟧"), {placeholders} kept. What a person types (synonyms,
/// patterns, symptom words) stays as it is, so a test can still answer. Any English a person then
/// receives was not read from the content files: a third language would meet it too.
/// </summary>
public static class PseudoLocale
{
    /// <summary>The folder and locale of the pseudo-language.</summary>
    public const string Name = "qps-ploc";

    /// <summary>Opens every pseudo text.</summary>
    public const char Open = '⟦';

    /// <summary>Closes every pseudo text.</summary>
    public const char Close = '⟧';

    // Keys whose string values a person reads; every other string is typed vocabulary, an id, a
    // source or a pattern.
    private static readonly HashSet<string> ReadKeys = ["text", "label", "question"];

    // Maps whose values a person reads (the emergency number for their region).
    private static readonly HashSet<string> ReadMaps = ["emergencyNumbers", "nurseLines", "crisisLines"];

    // Texts that are formats, not words.
    private static readonly HashSet<string> Formats = ["chart.dayFormat"];

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    /// <summary>Copies <paramref name="sourceRoot"/> to <paramref name="targetRoot"/> and adds the pseudo-language made from its English.</summary>
    public static void Generate(string sourceRoot, string targetRoot)
    {
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(targetRoot, Path.GetRelativePath(sourceRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var pseudo = Path.Combine(targetRoot, Name);
        Directory.CreateDirectory(pseudo);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(sourceRoot, "en"), "*.json"))
        {
            var json = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
            // patterns.json is what a person types, but for the sides' button labels.
            Transform(json, parentKey: null, textKey: null, Path.GetFileName(file) == "patterns.json" ? ["label"] : ReadKeys);
            File.WriteAllText(Path.Combine(pseudo, Path.GetFileName(file)), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    /// <summary>The text of <paramref name="english"/> as the pseudo-language says it.</summary>
    public static string Say(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        var said = new StringBuilder().Append(Open);
        var inPlaceholder = false;
        foreach (var c in english)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            var at = Plain.IndexOf(c, StringComparison.Ordinal);
            said.Append(inPlaceholder || at < 0 ? c : Accented[at]);
        }

        return said.Append(Close).ToString();
    }

    /// <summary>
    /// What of <paramref name="received"/> is not pseudo-language: each run of two or more letters
    /// outside ⟦ ⟧, leaving out data that is no language (web addresses, time zone ids such as
    /// America/New_York). Empty when everything a person read came from the content.
    /// </summary>
    public static IReadOnlyList<string> EnglishIn(string received)
    {
        ArgumentNullException.ThrowIfNull(received);
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in received)
        {
            depth += c == Open ? 1 : c == Close ? -1 : 0;
            outside.Append(depth == 0 && c != Close ? c : ' ');
        }

        var words = System.Text.RegularExpressions.Regex.Replace(outside.ToString(), @"https?://\S+|\b[A-Z][A-Za-z_]+/[A-Za-z_/]+\b", " ");
        return System.Text.RegularExpressions.Regex.Matches(words, @"\p{L}{2,}").Select(m => m.Value).ToList();
    }

    private static void Transform(JsonNode node, string? parentKey, string? textKey, IReadOnlySet<string> readKeys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text) && (readKeys.Contains(key) || ReadMaps.Contains(parentKey ?? string.Empty)) && !Formats.Contains(textKey ?? string.Empty))
                    {
                        obj[key] = Say(text);
                    }
                    else if (child is not null)
                    {
                        // texts.json's top level is keyed by text key; remember it for the formats.
                        Transform(child, key, parentKey is null ? key : textKey, readKeys);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    Transform(child, parentKey, textKey, readKeys);
                }

                break;
        }
    }
}
