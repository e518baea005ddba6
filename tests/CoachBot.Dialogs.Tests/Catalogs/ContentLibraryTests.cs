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
            ["neck", "upper-back", "shoulder", "head-jaw", "lower-back", "hip-buttock", "forearm", "calf", "foot-heel", "thigh"],
            English.Areas.Select(a => a.Id));
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Every_area_has_a_release_a_stretch_and_sources_a_reviewer_can_check(string areaId)
    {
        var area = English.Area(areaId);

        Assert.All(new[] { area.Muscles, area.RefersTo, area.FindTheSpot, area.Release }, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Text));
            Assert.True(Library.Sources.ContainsKey(text.Source), $"{areaId}: unknown source {text.Source}");
        });
        Assert.False(string.IsNullOrWhiteSpace(area.Stretch.Text));
        Assert.True(Library.Sources.ContainsKey(area.Stretch.Source));
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
    public void Areas_carry_their_own_red_flags(string areaId, string flagId)
    {
        Assert.Contains(flagId, English.Area(areaId).RedFlags);
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-CA", "911")]
    [InlineData("de-DE", "112")]
    [InlineData(null, "112")]
    public void The_emergency_number_follows_the_locale_with_112_as_the_default(string? locale, string number)
    {
        Assert.Equal(number, English.Routine.EmergencyNumberFor(locale));
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
}
