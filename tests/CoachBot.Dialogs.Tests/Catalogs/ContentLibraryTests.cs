using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Tests.Catalogs;

public sealed class ContentLibraryTests
{
    private static readonly ContentLibrary Library = ContentLibrary.Load(ContentLibrary.DefaultRoot);
    private static readonly LanguageContent English = Library.For("en-US");

    public static TheoryData<string> AreaIds => new(English.Areas.Select(a => a.Id));

    [Fact]
    public void The_shipped_content_loads_and_has_the_ten_areas_of_the_clinical_notes()
    {
        Assert.Equal(
            ["neck", "upper-back", "shoulder", "head-jaw", "lower-back", "hip-buttock", "forearm", "calf", "foot-heel", "thigh", "hamstrings", "base-of-skull"],
            English.Areas.Select(a => a.Id));
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Every_area_has_a_release_a_stretch_and_sources_a_reviewer_can_check(string areaId)
    {
        var area = English.Area(areaId);

        var toolTexts = area.Tools.Values.SelectMany(t => new[] { t.FindTheSpot, t.Release, t.Why }).OfType<ContentText>();
        Assert.All(new[] { area.Muscles, area.RefersTo, area.StayOff }.Concat(toolTexts), text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Text));
            Assert.True(Library.Sources.ContainsKey(text.Source), $"{areaId}: unknown source {text.Source}");
        });
        Assert.False(string.IsNullOrWhiteSpace(area.Stretch.Text));
        Assert.True(Library.Sources.ContainsKey(area.Stretch.Source));
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Every_tool_offered_either_works_on_the_area_or_names_one_that_does(string areaId)
    {
        var area = English.Area(areaId);

        Assert.All(English.Routine.Tools, offered =>
        {
            var used = area.Tools[area.ToolToUse(offered.Id)];
            Assert.True(used.Fits, $"{areaId}: {offered.Id} leads to a tool that does not fit either");
            Assert.False(string.IsNullOrWhiteSpace(used.FindTheSpot?.Text) || string.IsNullOrWhiteSpace(used.Release?.Text), $"{areaId}: {offered.Id}");
        });
    }

    [Fact]
    public void Every_source_has_an_address_a_reviewer_can_open()
    {
        Assert.All(Library.Sources.Where(s => s.Key != ContentRules.CoachWordingSource), s => Assert.Contains("https://", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("brief", Library.Sources.Keys);
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Every_stretch_holds_within_the_ACSM_range(string areaId)
    {
        var stretch = English.Area(areaId).Stretch;

        Assert.InRange(stretch.HoldSeconds, 10, 60);
        Assert.InRange(stretch.Repetitions, 2, 4);
    }

    [Fact]
    public void The_release_defaults_to_60_seconds_within_30_to_90()
    {
        var release = English.Routine.Release;

        Assert.Equal(60, release.DefaultSeconds);
        Assert.Equal(30, release.MinSeconds);
        Assert.Equal(90, release.MaxSeconds);
    }

    [Fact]
    public void Calf_work_requires_a_clot_screen_that_sends_to_a_doctor_today()
    {
        var calf = English.Area("calf");

        Assert.True(calf.RequiresClotScreen);
        var clot = English.RedFlags.Area.Single(q => q.Id == "leg-clot");
        Assert.Contains("leg-clot", calf.RedFlags);
        Assert.Equal(SafetyOutcomes.DoctorToday, clot.Outcome);
    }

    [Theory]
    [InlineData("neck", "cardiac-referred")]
    [InlineData("head-jaw", "thunderclap-headache")]
    [InlineData("lower-back", "cauda-equina")]
    [InlineData("shoulder", "cardiac-referred")]
    [InlineData("hip-buttock", "cauda-equina")]
    [InlineData("hip-buttock", "fall-cant-bear-weight")]
    [InlineData("thigh", "leg-clot")]
    [InlineData("thigh", "hot-swollen-joint")]
    [InlineData("neck", "meningitis-signs")]
    [InlineData("neck", "neck-stroke-signs")]
    [InlineData("upper-back", "exertional-pain")]
    [InlineData("upper-back", "back-fracture-risk")]
    [InlineData("upper-back", "tearing-upper-back")]
    [InlineData("shoulder", "hot-swollen-joint")]
    [InlineData("calf", "calf-snap")]
    [InlineData("calf", "walking-calf-pain")]
    [InlineData("head-jaw", "head-injury")]
    [InlineData("head-jaw", "pregnancy-headache")]
    [InlineData("head-jaw", "gca-vision")]
    [InlineData("foot-heel", "hot-swollen-joint")]
    public void Areas_carry_their_own_red_flags(string areaId, string flagId)
    {
        Assert.Contains(flagId, English.Area(areaId).RedFlags);
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-us", "911")]
    [InlineData("en_US", "911")]
    [InlineData("en-CA", "911")]
    [InlineData("en-GB", "999 or 112")]
    [InlineData("de-DE", "112")]
    [InlineData("es-MX", "911")]
    public void The_emergency_number_follows_the_locale_whatever_its_case(string locale, string number)
    {
        Assert.Equal(number, English.Routine.EmergencyNumberFor(locale));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("xx-YY")]
    public void Without_a_known_region_the_emergency_number_is_named_in_words_with_examples(string? locale)
    {
        var number = English.Routine.EmergencyNumberFor(locale);

        Assert.StartsWith("your local emergency number", number, StringComparison.Ordinal);
        Assert.Contains("911", number, StringComparison.Ordinal);
        Assert.Contains("112", number, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "NHS 111")]
    [InlineData("en-CA", "811")]
    [InlineData("en-AU", "healthdirect")]
    [InlineData("en-NZ", "Healthline")]
    public void Same_day_advice_names_the_local_nurse_line(string locale, string line)
    {
        Assert.Contains(line, English.Routine.NurseLineFor(locale), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_falls_back_to_English()
    {
        Assert.Equal("en", Library.For("xx-YY").Language);
        Assert.Equal("en", Library.For("fr-FR").Language);
    }

    [Fact]
    public void Texts_fill_their_placeholders()
    {
        var text = English.Text(TextKeys.ReleaseStart, new { seconds = 45 });

        Assert.Contains("45 seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_area_says_where_to_stay_off_and_the_calf_is_not_the_back_of_the_knee()
    {
        Assert.All(English.Areas, a => Assert.False(string.IsNullOrWhiteSpace(a.StayOff.Text)));
        Assert.Contains("back of the knee", English.Area("calf").StayOff.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("back of my knee", English.Area("calf").Synonyms);
        Assert.Contains("groin", English.Area("thigh").StayOff.Text, StringComparison.Ordinal);
        Assert.Contains("sciatic", English.Area("hip-buttock").StayOff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Knot_pain_spreading_to_the_jaw_or_arm_alone_is_not_in_the_emergency_question()
    {
        var question = English.RedFlags.General.Single(q => q.Id == "general-emergency").Question;

        Assert.DoesNotContain("or pain spreading", question, StringComparison.Ordinal);
        Assert.Contains("chest pain, pressure or tightness? (It may spread to your arm, jaw, neck or back.)", question, StringComparison.Ordinal);
    }
}
