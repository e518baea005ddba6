namespace CoachBot.Dialogs.Catalogs;

/// <summary>All the coach's content in one language.</summary>
public sealed class LanguageContent
{
    private readonly IReadOnlyDictionary<string, ContentText> _texts;

    /// <summary>Creates the content of one language.</summary>
    public LanguageContent(
        string language,
        IReadOnlyDictionary<string, ContentText> texts,
        IReadOnlyList<AreaContent> areas,
        RedFlagContent redFlags,
        SymptomContent symptoms,
        CautionsContent cautions,
        RoutineContent routine,
        IReadOnlyList<ContentText> tips)
    {
        Language = language;
        _texts = texts;
        Areas = areas;
        RedFlags = redFlags;
        Symptoms = symptoms;
        Cautions = cautions;
        Routine = routine;
        Tips = tips;
    }

    /// <summary>The texts of texts.json, for validation.</summary>
    internal IReadOnlyDictionary<string, ContentText> OwnTexts => _texts;

    /// <summary>The language's folder, e.g. "en" (a whole locale for a folder such as "qps-ploc").</summary>
    public string Language { get; }

    /// <summary>The culture for dates and month names, or the invariant culture for a language .NET does not know.</summary>
    public System.Globalization.CultureInfo Culture
    {
        get
        {
            try
            {
                return System.Globalization.CultureInfo.GetCultureInfo(Language, predefinedOnly: true);
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                return System.Globalization.CultureInfo.InvariantCulture;
            }
        }
    }

    /// <summary>Commands, the words that switch to this language, hold replies and durations (patterns.json).</summary>
    public PatternContent Patterns { get; init; } = new();

    /// <summary>Places the coach does not guide self-massage on (areas.json "outOfScope").</summary>
    public OutOfScopeAreas? OutOfScope { get; init; }

    /// <summary>The areas, in button order.</summary>
    public IReadOnlyList<AreaContent> Areas { get; }

    /// <summary>Screening questions and outcomes.</summary>
    public RedFlagContent RedFlags { get; }

    /// <summary>The red flags in a person's own words, which interrupt any step.</summary>
    public SymptomContent Symptoms { get; }

    /// <summary>Conditions that change the instructions.</summary>
    public CautionsContent Cautions { get; }

    /// <summary>Timings and thresholds.</summary>
    public RoutineContent Routine { get; private set; }

    /// <summary>
    /// Sets the emergency numbers a deployment names (Coach:EmergencyNumbers:es-ES = 112) over
    /// the content's: a service in one country may need its own number whatever the content says.
    /// </summary>
    internal void OverrideEmergencyNumbers(IReadOnlyDictionary<string, string> numbers)
    {
        var merged = new Dictionary<string, string>(Routine.EmergencyNumbers, StringComparer.OrdinalIgnoreCase);
        foreach (var (locale, number) in numbers)
        {
            merged[locale] = number;
        }

        Routine = Routine with { EmergencyNumbers = merged };
    }

    /// <summary>The tips of the day, rotated through the program.</summary>
    public IReadOnlyList<ContentText> Tips { get; }

    /// <summary>The area with <paramref name="id"/>.</summary>
    public AreaContent Area(string id) =>
        Areas.FirstOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"No area '{id}' in the {Language} content.");

    /// <summary>
    /// The words for <paramref name="areaId"/>'s picture, its alt text ("picture.areaAlt"): the area,
    /// the muscles the dots mark and where the shaded zones say their pain can spread, taken from
    /// the same areas.json texts the coach says, so the picture and the words cannot disagree.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No area has that id.</exception>
    public string PictureAlt(string areaId)
    {
        var area = Area(areaId);
        return Text(TextKeys.PictureAreaAlt, new { area = area.Label, muscles = area.Muscles.Text, refersTo = area.RefersTo.Text });
    }

    /// <summary>The words for the whole-body map, its alt text ("picture.bodyAlt"), naming every area in button order.</summary>
    public string BodyMapAlt() => Text(TextKeys.PictureBodyAlt, new { areas = List(Areas.Select(a => a.Label).ToList()) });

    /// <summary>
    /// The text for <paramref name="key"/> with {placeholders} filled from <paramref name="values"/>
    /// (an anonymous object, e.g. new { seconds = 60 }).
    /// </summary>
    public string Text(string key, object? values = null)
    {
        if (!_texts.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"No text '{key}' in content/{Language}/texts.json.");
        }

        return Fill(text.Text, values);
    }

    /// <summary>"08:00", "08:00 and 19:00", "08:00, 13:00 and 19:00": <paramref name="items"/> joined as the language joins a list ("list.and").</summary>
    public string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => Text(TextKeys.ListAnd, new { rest = string.Join(", ", items.Take(items.Count - 1)), last = items[^1] }),
        };
    }

    /// <summary>Replaces {name} in <paramref name="template"/> with the property of that name on <paramref name="values"/>.</summary>
    public static string Fill(string template, object? values)
    {
        if (values is null)
        {
            return template;
        }

        foreach (var property in values.GetType().GetProperties())
        {
            var value = Convert.ToString(property.GetValue(values), System.Globalization.CultureInfo.InvariantCulture);
            template = template.Replace("{" + property.Name + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
