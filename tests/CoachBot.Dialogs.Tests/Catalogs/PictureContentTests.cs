using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;

namespace CoachBot.Dialogs.Tests.Catalogs;

/// <summary>The shipped pictures.json: a picture for every area that agrees with its words, and alt text in each language.</summary>
public sealed class PictureContentTests
{
    private static readonly ContentLibrary Library = ContentLibrary.Load(ContentLibrary.DefaultRoot);

    public static TheoryData<string> AreaIds => new(Library.Default.Areas.Select(a => a.Id));

    public static TheoryData<string> Languages => new(Library.Languages);

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Every_area_s_spots_cite_its_muscles_source_and_its_zones_its_refers_to_source(string areaId)
    {
        var area = Library.Default.Area(areaId);
        var picture = Library.Pictures[areaId];

        Assert.NotEmpty(picture.Spots);
        Assert.NotEmpty(picture.Zones);
        Assert.All(picture.Spots, spot => Assert.Equal(area.Muscles.Source, spot.Source));
        Assert.All(picture.Zones, zone => Assert.Equal(area.RefersTo.Source, zone.Source));
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Every_area_s_marks_lie_on_the_body_on_the_person_s_right(string areaId)
    {
        var picture = Library.Pictures[areaId];
        const double Midline = BodyOutline.Width / 2;

        // The person's right is the viewer's left from the front and the viewer's right from behind.
        static bool OnTheRight(string view, FigurePoint point) => view == FigureViews.Front ? point.X <= Midline : point.X >= Midline;

        Assert.All(picture.Spots, spot =>
        {
            Assert.True(BodyOutline.ContainsCircle(spot.Centre, spot.Radius), $"{areaId}: {spot.Muscle} is off the body.");
            Assert.True(OnTheRight(spot.View, spot.Centre), $"{areaId}: {spot.Muscle} is on the left.");
        });
        Assert.All(picture.Zones, zone =>
        {
            Assert.True(BodyOutline.Contains(zone.Centre), $"{areaId}: {zone.Region} is off the body.");
            Assert.True(OnTheRight(zone.View, zone.Centre) || zone.IsOnMidline, $"{areaId}: {zone.Region} is on the left.");
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_alt_text_names_the_area_its_muscles_and_where_its_pain_spreads_in_each_language(string language)
    {
        var content = Library.For(language);

        Assert.All(content.Areas, area =>
        {
            var alt = content.PictureAlt(area.Id);

            Assert.Contains(area.Label, alt, StringComparison.Ordinal);
            Assert.Contains(area.Muscles.Text, alt, StringComparison.Ordinal);
            Assert.Contains(area.RefersTo.Text, alt, StringComparison.Ordinal);
            Assert.DoesNotContain("{", alt, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_body_map_s_alt_text_names_every_area(string language)
    {
        var content = Library.For(language);

        var alt = content.BodyMapAlt();

        Assert.All(content.Areas, area => Assert.Contains(area.Label, alt, StringComparison.Ordinal));
        Assert.DoesNotContain("{", alt, StringComparison.Ordinal);
    }
}
