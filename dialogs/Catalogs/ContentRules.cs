using System.Text.RegularExpressions;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The rules content must keep to be safe to say: every item cites a known source, every area has
/// a release and a stretch within the clinical ranges, every red flag leads to a real outcome, and
/// every text the dialogs use exists.
/// </summary>
public static class ContentRules
{
    // The clinical bounds (docs/CLINICAL.md); content may narrow them, never widen them.
    private const int ShortestRelease = 30;
    private const int LongestRelease = 90;
    private const int ShortestStretchHold = 10;
    private const int LongestStretchHold = 60;

    public static void Check(LanguageContent content, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        var folder = content.Language;
        var routine = content.Routine;
        CheckRoutine($"{folder}/routine.json", routine, sources, problems);
        CheckTexts($"{folder}/texts.json", content, sources, problems);
        CheckRedFlags($"{folder}/redflags.json", content.RedFlags, sources, problems);
        CheckSymptoms($"{folder}/symptoms.json", content.Symptoms, sources, problems);
        CheckAreas($"{folder}/areas.json", content, sources, problems);
        CheckCautions($"{folder}/cautions.json", content, sources, problems);
        CheckPatterns($"{folder}/patterns.json", content.Patterns, sources, problems);
        if (content.Tips.Count == 0)
        {
            problems.Add($"{folder}/tips.json: there are no tips.");
        }

        for (var i = 0; i < content.Tips.Count; i++)
        {
            RequireText($"{folder}/tips.json", $"tip {i + 1}", content.Tips[i], sources, problems);
        }
    }

    /// <summary>The one source that is the coach's own wording: it backs no health claim, so it needs no address.</summary>
    public const string CoachWordingSource = "coach-wording";

    /// <summary>Every source a reviewer can look up: each but the coach's own wording carries a web address.</summary>
    public static void CheckSources(IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (id, citation) in sources)
        {
            if (id != CoachWordingSource && !citation.Contains("https://", StringComparison.Ordinal))
            {
                problems.Add($"sources.json: '{id}' has no https:// address a reviewer can open.");
            }
        }
    }

    private static void CheckRoutine(string file, RoutineContent routine, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        var release = routine.Release;
        if (release is null || routine.Stretch is null || routine.EmergencyNumbers is null)
        {
            problems.Add($"{file}: 'release', 'stretch' and 'emergencyNumbers' are all required.");
            return;
        }

        if (!(ShortestRelease <= release.MinSeconds && release.MinSeconds <= release.DefaultSeconds
              && release.DefaultSeconds <= release.MaxSeconds && release.MaxSeconds <= LongestRelease))
        {
            problems.Add($"{file}: 'release': need {ShortestRelease} <= minSeconds <= defaultSeconds <= maxSeconds <= {LongestRelease} (Hou 2002).");
        }

        var stretch = routine.Stretch;
        if (stretch.MinHoldSeconds < ShortestStretchHold || stretch.MaxHoldSeconds > LongestStretchHold || stretch.MinHoldSeconds > stretch.MaxHoldSeconds
            || stretch.MinRepetitions < 1 || stretch.MinRepetitions > stretch.MaxRepetitions || stretch.RestSeconds < 0)
        {
            problems.Add($"{file}: 'stretch': holds must lie within {ShortestStretchHold}-{LongestStretchHold} s (ACSM 2021) and the repetitions range must be sensible.");
        }

        RequireSource(file, "release", release.Source, sources, problems);
        RequireSource(file, "stretch", stretch.Source, sources, problems);
        if (routine.PlainAnswers is not { Words.Count: > 0 } plain)
        {
            problems.Add($"{file}: 'plainAnswers' needs its words.");
        }
        else
        {
            RequireSource(file, "plainAnswers", plain.Source, sources, problems);
        }

        CheckAge(file, routine.Age, stretch, sources, problems);
        if (routine.Tools is not { Count: > 0 } || routine.ReadyWords is null || routine.WarmUpWords is null)
        {
            problems.Add($"{file}: 'tools', 'readyWords' and 'warmUpWords' are required.");
        }

        if (routine.SpotAnswers is not { Found: not null, NotFound: not null, ShowMe: not null })
        {
            problems.Add($"{file}: 'spotAnswers' needs 'found', 'notFound' and 'showMe'.");
        }

        if (routine.SmallTalk is not { Greetings: not null, Closings: not null, Questions: not null } talk)
        {
            problems.Add($"{file}: 'smallTalk' needs greetings, closings and questions.");
        }
        else
        {
            foreach (var question in talk.Questions)
            {
                RequireText(file, $"smallTalk.{question.Id}", question.Answer, sources, problems);
            }
        }

        if (routine.NurseLines?.ContainsKey("default") != true || routine.CrisisLines?.ContainsKey("default") != true)
        {
            problems.Add($"{file}: 'nurseLines' and 'crisisLines' each need a 'default' entry.");
        }

        if (!routine.EmergencyNumbers.ContainsKey("default"))
        {
            problems.Add($"{file}: 'emergencyNumbers' needs a 'default' entry.");
        }

        if (routine.StaleCueSeconds <= 0 || routine.SeverePain is < 1 or > 10)
        {
            problems.Add($"{file}: 'staleCueSeconds' must be positive and 'severePain' within 1-10.");
        }
    }

    private static void CheckTexts(string file, LanguageContent content, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        foreach (var (key, text) in content.OwnTexts)
        {
            RequireText(file, key, text, sources, problems);
        }

        if (content.Language != ContentLibrary.DefaultLanguage)
        {
            return;
        }

        foreach (var key in TextKeys.All)
        {
            try
            {
                _ = content.Text(key);
            }
            catch (KeyNotFoundException)
            {
                problems.Add($"{file}: '{key}': the dialogs use this text but it is missing.");
            }
        }
    }

    private static void CheckPatterns(string file, PatternContent patterns, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        RequireSource(file, "patterns", patterns.Source, sources, problems);
        if (patterns.LanguageNames.Count == 0)
        {
            problems.Add($"{file}: 'languageNames' is empty: a person could not switch to this language.");
        }

        foreach (var (item, pattern) in patterns.AllPatterns())
        {
            if (string.IsNullOrWhiteSpace(pattern))
            {
                problems.Add($"{file}: '{item}' has no pattern.");
                continue;
            }

            try
            {
                _ = ContentPatterns.Compile(pattern);
            }
            catch (ArgumentException e)
            {
                problems.Add($"{file}: '{item}': the pattern is not a valid regular expression ({e.Message}).");
            }
        }

        foreach (var repeated in patterns.Commands.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{file}: '{repeated.Key}' is listed {repeated.Count()} times.");
        }
    }

    private static void CheckRedFlags(string file, RedFlagContent flags, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        foreach (var outcome in SafetyOutcomes.All)
        {
            if (flags.Outcomes is null || !flags.Outcomes.TryGetValue(outcome, out var text))
            {
                problems.Add($"{file}: outcome '{outcome}' has no text.");
                continue;
            }

            RequireText(file, "outcome " + outcome, text, sources, problems);
        }

        var ids = new HashSet<string>();
        foreach (var question in (flags.General ?? []).Concat(flags.Area ?? []))
        {
            if (!ids.Add(question.Id ?? string.Empty))
            {
                problems.Add($"{file}: '{question.Id}': the id is used twice.");
            }

            if (string.IsNullOrWhiteSpace(question.Question))
            {
                problems.Add($"{file}: '{question.Id}': the question is empty.");
            }

            RequireOutcome(file, question.Id ?? "?", question.Outcome, problems);
            RequireSource(file, question.Id ?? "?", question.Source, sources, problems);
        }
    }

    private static readonly Regex NumberRange = new(@"^#\d{1,4}-\d{1,4}$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static void CheckSymptoms(string file, SymptomContent symptoms, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        var concepts = symptoms.Concepts ?? new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (name, terms) in concepts)
        {
            if (terms is null || terms.Count == 0 || terms.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{file}: concept '{name}': needs words, none of them empty.");
            }

            foreach (var range in (terms ?? []).SelectMany(t => t.Split(' ')).Where(w => w.StartsWith('#') && !NumberRange.IsMatch(w)))
            {
                problems.Add($"{file}: concept '{name}': '{range}' is not a number range like #50-110.");
            }
        }

        if (symptoms.Signs is null || symptoms.Signs.Count == 0)
        {
            problems.Add($"{file}: there are no signs.");
            return;
        }

        var ids = new HashSet<string>();
        var used = new HashSet<string>();
        foreach (var sign in symptoms.Signs)
        {
            var item = sign.Id ?? "?";
            if (!ids.Add(item))
            {
                problems.Add($"{file}: '{item}': the id is used twice.");
            }

            RequireOutcome(file, item, sign.Outcome, problems);
            RequireSource(file, item, sign.Source, sources, problems);
            if (sign.Outcome == SafetyOutcomes.Therapist)
            {
                problems.Add($"{file}: '{item}': a sign must stop the session (emergency, doctor-today or doctor).");
            }

            if (sign.All is null || sign.All.Count == 0)
            {
                problems.Add($"{file}: '{item}': 'all' names no concept.");
            }

            if (sign.Within is <= 0)
            {
                problems.Add($"{file}: '{item}': 'within' must be a positive number of words.");
            }

            foreach (var name in (sign.All ?? []).SelectMany(a => a.Split('|')).Concat(sign.Unless ?? []))
            {
                used.Add(name);
                if (!concepts.ContainsKey(name))
                {
                    problems.Add($"{file}: '{item}': concept '{name}' is not defined.");
                }
            }
        }

        foreach (var name in concepts.Keys.Where(n => !used.Contains(n)))
        {
            problems.Add($"{file}: concept '{name}' is not used by any sign.");
        }
    }

    private static void CheckAreas(string file, LanguageContent content, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (content.Areas.Count == 0)
        {
            problems.Add($"{file}: there are no areas.");
        }

        if (content.OutOfScope is not { Words.Count: > 0 } outOfScope)
        {
            problems.Add($"{file}: 'outOfScope' needs the words for places the coach does not work on.");
        }
        else
        {
            RequireSource(file, "outOfScope", outOfScope.Source, sources, problems);
        }

        var areaFlags = (content.RedFlags.Area ?? []).ToDictionary(q => q.Id ?? string.Empty);
        var ids = new HashSet<string>();
        foreach (var area in content.Areas)
        {
            var item = area.Id ?? "?";
            if (!ids.Add(item))
            {
                problems.Add($"{file}: '{item}': the id is used twice.");
            }

            if (string.IsNullOrWhiteSpace(area.Label) || area.Synonyms is not { Count: > 0 })
            {
                problems.Add($"{file}: '{item}': needs a label and at least one synonym.");
            }

            RequireText(file, item + ".muscles", area.Muscles, sources, problems);
            RequireText(file, item + ".refersTo", area.RefersTo, sources, problems);
            CheckTools(file, item, area.Tools, content.Routine.Tools, sources, problems);
            RequireText(file, item + ".stayOff", area.StayOff, sources, problems);
            CheckStretch(file, item, area.Stretch, content.Routine.Stretch, sources, problems);

            foreach (var flag in area.RedFlags ?? [])
            {
                if (!areaFlags.ContainsKey(flag))
                {
                    problems.Add($"{file}: '{item}': red flag '{flag}' is not defined in redflags.json.");
                }
            }

            if (area.RequiresClotScreen && !(area.RedFlags ?? []).Any(f => areaFlags.TryGetValue(f, out var q) && q.Outcome == SafetyOutcomes.DoctorToday && q.EverySession))
            {
                problems.Add($"{file}: '{item}': requires a clot screen but has no same-day question asked every session (everySession).");
            }

            if (area.BodySite is null || string.IsNullOrWhiteSpace(area.BodySite.Code) || !area.BodySite.Code.All(char.IsAsciiDigit))
            {
                problems.Add($"{file}: '{item}': bodySite needs a numeric SNOMED CT code.");
            }
        }
    }

    private static void CheckStretch(string file, string item, StretchContent? stretch, StretchTiming? limits, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (stretch is null || string.IsNullOrWhiteSpace(stretch.Text))
        {
            problems.Add($"{file}: '{item}': has no stretch.");
            return;
        }

        RequireSource(file, item + ".stretch", stretch.Source, sources, problems);
        if (limits is not null && (stretch.HoldSeconds < limits.MinHoldSeconds || stretch.HoldSeconds > limits.MaxHoldSeconds
            || stretch.Repetitions < limits.MinRepetitions || stretch.Repetitions > limits.MaxRepetitions))
        {
            problems.Add($"{file}: '{item}': the stretch ({stretch.Repetitions} x {stretch.HoldSeconds} s) is outside {limits.MinRepetitions}-{limits.MaxRepetitions} x {limits.MinHoldSeconds}-{limits.MaxHoldSeconds} s.");
        }
    }

    private static void CheckCautions(string file, LanguageContent content, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(content.Cautions.Question))
        {
            problems.Add($"{file}: the question is empty.");
        }

        var areaIds = content.Areas.Select(a => a.Id).ToHashSet();
        foreach (var caution in content.Cautions.Cautions ?? [])
        {
            var item = caution.Id ?? "?";
            if (caution.Pressure is not (CautionContent.LightPressure or CautionContent.SkipSite))
            {
                problems.Add($"{file}: '{item}': pressure must be '{CautionContent.LightPressure}' or '{CautionContent.SkipSite}'.");
            }

            foreach (var area in caution.LightOnAreas ?? [])
            {
                if (!areaIds.Contains(area))
                {
                    problems.Add($"{file}: '{item}': area '{area}' does not exist.");
                }
            }

            RequireText(file, item, caution.Instruction, sources, problems);
        }
    }

    private static void RequireText(string file, string item, ContentText? text, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (text is null || string.IsNullOrWhiteSpace(text.Text))
        {
            problems.Add($"{file}: '{item}': the text is missing.");
            return;
        }

        RequireSource(file, item, text.Source, sources, problems);
    }

    // The age rules decide who gets pressure guidance at all, so each group needs its button and
    // the older adults' hold must stay within the stretch limits.
    private static void CheckAge(string file, AgeRules? age, StretchTiming stretch, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (age is null)
        {
            problems.Add($"{file}: 'age' is required.");
            return;
        }

        var groups = age.Groups?.Select(g => g.Group).ToList() ?? [];
        if (!groups.Order().SequenceEqual(new[] { AgeGroups.Young, AgeGroups.Adult, AgeGroups.Older }.Order()) || age.Groups!.Any(g => string.IsNullOrWhiteSpace(g.Label)))
        {
            problems.Add($"{file}: 'age': needs one labelled button for each of {AgeGroups.Young}, {AgeGroups.Adult} and {AgeGroups.Older}.");
        }

        if (!(age.AdultFrom < age.OlderFrom) || age.OlderStretchHoldSeconds < stretch.MinHoldSeconds || age.OlderStretchHoldSeconds > stretch.MaxHoldSeconds
            || age.BelowWords is null || age.AboveWords is null)
        {
            problems.Add($"{file}: 'age': needs adultFrom < olderFrom, an older adults' hold within the stretch limits, and belowWords and aboveWords.");
        }

        RequireSource(file, "age", age.Source, sources, problems);
    }

    // Every tool offered must lead somewhere in every area: its own find-the-spot and release texts,
    // or a tool that fits instead, with the reason said to the person.
    private static void CheckTools(string file, string item, IReadOnlyDictionary<string, ToolContent>? tools, IReadOnlyList<ToolChoice>? offered, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        foreach (var id in (offered ?? []).Select(t => t.Id))
        {
            if (tools?.GetValueOrDefault(id) is not { } tool)
            {
                problems.Add($"{file}: '{item}': needs 'tools.{id}'.");
            }
            else if (tool.Instead is { } instead)
            {
                if (tools.GetValueOrDefault(instead) is not { Fits: true })
                {
                    problems.Add($"{file}: '{item}': 'tools.{id}.instead' must name a tool that fits the area.");
                }

                RequireText(file, $"{item}.tools.{id}.why", tool.Why, sources, problems);
            }
            else
            {
                RequireText(file, $"{item}.tools.{id}.findTheSpot", tool.FindTheSpot, sources, problems);
                RequireText(file, $"{item}.tools.{id}.release", tool.Release, sources, problems);
            }
        }
    }

    internal static void RequireSource(string file, string item, string? source, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(source) || !sources.ContainsKey(source))
        {
            problems.Add($"{file}: '{item}': source '{source}' is not listed in sources.json.");
        }
    }

    private static void RequireOutcome(string file, string item, string? outcome, List<string> problems)
    {
        if (outcome is null || !SafetyOutcomes.All.Contains(outcome))
        {
            problems.Add($"{file}: '{item}': outcome '{outcome}' is not one of {string.Join(", ", SafetyOutcomes.All)}.");
        }
    }
}
