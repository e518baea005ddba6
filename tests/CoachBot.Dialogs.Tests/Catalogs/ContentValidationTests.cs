using System.Text.Json.Nodes;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Understanding;

namespace CoachBot.Dialogs.Tests.Catalogs;

/// <summary>Broken copies of the shipped content must be refused with a message naming file and item.</summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coachbot-content-" + Guid.NewGuid().ToString("N"));

    public ContentValidationTests() => CopyDirectory(ContentLibrary.DefaultRoot, _root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_area_citing_an_unknown_source_is_named_in_the_error()
    {
        Edit("en/areas.json", json => json["areas"]![0]!["tools"]!["thumb"]!["release"]!["source"] = "my-blog");

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("en/areas.json", StringComparison.Ordinal) && p.Contains("neck.tools.thumb.release", StringComparison.Ordinal) && p.Contains("my-blog", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tool_sent_to_another_tool_that_does_not_fit_either_is_refused()
    {
        Edit("en/areas.json", json => json["areas"]![1]!["tools"]!["thumb"]!["instead"] = "knuckle");

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("upper-back", StringComparison.Ordinal) && p.Contains("tools.thumb.instead", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_without_an_address_is_refused()
    {
        Edit("sources.json", json => json["hou2002"] = "Hou CR et al., 2002, somewhere in print");

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("'hou2002' has no https:// address", StringComparison.Ordinal));
    }

    [Fact]
    public void An_area_without_a_stretch_is_refused()
    {
        Edit("en/areas.json", json => json["areas"]![2]!.AsObject().Remove("stretch"));

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("'shoulder': has no stretch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stretch_hold_outside_the_clinical_range_is_refused()
    {
        Edit("en/areas.json", json => json["areas"]![0]!["stretch"]!["holdSeconds"] = 120);

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("'neck'", StringComparison.Ordinal) && p.Contains("120 s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_longer_than_90_seconds_is_refused()
    {
        Edit("en/routine.json", json => json["release"]!["maxSeconds"] = 180);

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("en/routine.json", StringComparison.Ordinal) && p.Contains("'release'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_area_referring_to_an_undefined_red_flag_is_refused()
    {
        Edit("en/areas.json", json => json["areas"]![4]!["redFlags"]!.AsArray().Add("made-up-flag"));

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("'lower-back': red flag 'made-up-flag'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_red_flag_with_an_unknown_outcome_is_refused()
    {
        Edit("en/redflags.json", json => json["general"]![0]!["outcome"] = "maybe");

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains("'general-emergency': outcome 'maybe'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_the_dialogs_use_that_is_missing_is_named()
    {
        Edit("en/texts.json", json => json.AsObject().Remove(TextKeys.ReleaseHalfway));

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.Contains($"'{TextKeys.ReleaseHalfway}'", StringComparison.Ordinal) && p.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_json_file_is_named_and_other_problems_are_still_listed()
    {
        File.WriteAllText(Path.Combine(_root, "en", "cautions.json"), "{ not json");

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.StartsWith("en/cautions.json", StringComparison.Ordinal) || p.StartsWith(Path.Combine("en", "cautions.json"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_language_is_a_new_folder_and_is_used_for_its_locales()
    {
        EnglishAs("es");
        Edit("es/texts.json", json => json[TextKeys.Welcome]!["text"] = "Hola, soy CoachBot.");

        var library = ContentLibrary.Load(_root);

        Assert.Equal("Hola, soy CoachBot.", library.For("es-MX").Text(TextKeys.Welcome));
        Assert.NotEqual("Hola, soy CoachBot.", library.For("en-GB").Text(TextKeys.Welcome));
    }

    [Fact]
    public void A_second_language_that_lacks_texts_areas_commands_or_everyday_answers_is_refused_with_everything_it_lacks_listed()
    {
        EnglishAs("es");
        Edit("es/texts.json", json =>
        {
            json.AsObject().Remove(TextKeys.About);
            json.AsObject().Remove(TextKeys.Help);
            json[TextKeys.ReleaseStart]!["text"] = "Mantén la presión.";
        });
        Edit("es/areas.json", json => json["areas"]!.AsArray().RemoveAt(0));
        Edit("es/patterns.json", json =>
        {
            json["commands"]!.AsArray().RemoveAt(0);
            json.AsObject().Remove("answers");
        });

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.StartsWith("es/texts.json: lacks 2 texts: about, help", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("es/texts.json: these texts must fill the same {placeholders}", StringComparison.Ordinal) && p.Contains($"'{TextKeys.ReleaseStart}'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("es/areas.json: lacks 1 areas: neck", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("es/patterns.json: lacks 1 commands: delete my data", StringComparison.Ordinal));

        // Without its everyday yes and no a language would understand less than it shows.
        Assert.Contains("es/patterns.json: 'answers.yes' has no pattern.", error.Problems);
        Assert.Contains("es/patterns.json: 'answers.hedge' has no pattern.", error.Problems);
    }

    [Fact]
    public void The_default_language_asks_for_every_command_and_each_pattern_must_be_valid()
    {
        Assert.Empty(GlobalCommand.All.Except(ContentLibrary.Load(_root).Default.Patterns.Commands.Select(c => c.Id)));

        Edit("en/patterns.json", json => json["commands"]![0]!["pattern"] = "(unclosed");
        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.StartsWith("en/patterns.json: 'delete my data': the pattern is not a valid regular expression", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_spot_outside_the_figure_is_refused()
    {
        Edit("pictures.json", json => json["areas"]!["neck"]!["spots"]![0]!["x"] = 140);

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.StartsWith("pictures.json: 'neck.spots.1", StringComparison.Ordinal) && p.Contains("(140, 42.5) is outside the figure (0-100 by 0-220)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_spot_off_the_body_is_refused()
    {
        // Within the figure, but in the gap between the right arm and the trunk in the front view.
        Edit("pictures.json", json =>
        {
            var spot = json["areas"]!["thigh"]!["spots"]![0]!;
            spot["x"] = 28.5;
            spot["y"] = 80;
            spot["radius"] = 1;
        });

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.StartsWith("pictures.json: 'thigh.spots.1", StringComparison.Ordinal) && p.Contains("is not wholly inside the body outline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_citing_an_unknown_source_is_refused()
    {
        Edit("pictures.json", json => json["areas"]!["calf"]!["zones"]![1]!["source"] = "my-blog");

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains(error.Problems, p => p.StartsWith("pictures.json: 'calf.zones.2", StringComparison.Ordinal) && p.Contains("source 'my-blog' is not listed in sources.json", StringComparison.Ordinal));
    }

    [Fact]
    public void An_area_without_a_picture_and_a_zone_in_no_known_view_or_shape_are_refused()
    {
        Edit("pictures.json", json =>
        {
            json["areas"]!.AsObject().Remove("hamstrings");
            var zone = json["areas"]!["forearm"]!["zones"]![0]!.AsObject();
            zone["view"] = "side";
            zone.Remove("ellipse");
        });

        var error = Assert.Throws<ContentValidationException>(() => ContentLibrary.Load(_root));

        Assert.Contains("pictures.json: area 'hamstrings' has no picture.", error.Problems);
        Assert.Contains(error.Problems, p => p.StartsWith("pictures.json: 'forearm.zones.1", StringComparison.Ordinal) && p.Contains("the view 'side' is not one of front, back", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("pictures.json: 'forearm.zones.1", StringComparison.Ordinal) && p.Contains("needs either a 'polygon' or an 'ellipse'", StringComparison.Ordinal));
    }

    // A second language made from a copy of English, replacing any shipped one.
    private void EnglishAs(string language)
    {
        var folder = Path.Combine(_root, language);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        CopyDirectory(Path.Combine(_root, "en"), folder);
    }

    private void Edit(string relativePath, Action<JsonNode> change)
    {
        var path = Path.Combine(_root, relativePath);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        change(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
