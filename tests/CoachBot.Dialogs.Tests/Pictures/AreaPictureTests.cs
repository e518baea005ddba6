using CoachBot.Dialogs.Pictures;

namespace CoachBot.Dialogs.Tests.Pictures;

public sealed class AreaPictureTests
{
    private static readonly PictureSpot Rhomboid = new(FigureViews.Back, 54, 56, 2, "medlink-tp", "rhomboids");
    private static readonly PictureZone Spine = new(FigureViews.Back, new FigurePolygon([new(49, 40), new(51, 40), new(51, 80), new(49, 80)]), null, "medlink-tp", "along the spine");
    private static readonly PictureZone Temple = new(FigureViews.Front, null, new FigureEllipse(42, 13, 2, 3), "medlink-tp", "the temple");
    private static readonly AreaPicture Picture = new([Rhomboid], [Spine, Temple]);

    [Fact]
    public void The_right_side_is_as_given_and_the_left_mirrors_every_mark_in_its_own_view()
    {
        var left = Picture.OnSide(PictureSides.Left);

        Assert.Same(Picture.Spots, Picture.OnSide(PictureSides.Right).Spots);
        Assert.Equal(new FigurePoint(46, 56), left.Spots.Single().Centre);
        Assert.Equal(FigureViews.Back, left.Spots.Single().View);
        Assert.Equal(new FigurePoint(58, 13), left.Zones[1].Centre);
        Assert.Equal([new(51, 40), new(49, 40), new(49, 80), new(51, 80)], left.Zones[0].Polygon!.Points);
    }

    [Theory]
    [InlineData(PictureSides.Both)]
    [InlineData(PictureSides.Middle)]
    public void Both_sides_and_the_middle_show_each_mark_and_its_mirror_but_a_mark_on_the_midline_once(string side)
    {
        var both = Picture.OnSide(side);

        Assert.Equal([54, 46], both.Spots.Select(s => s.X));
        Assert.Equal(["along the spine", "the temple", "the temple"], both.Zones.Select(z => z.Region));
        Assert.Equal([42, 58], both.Zones.Where(z => z.Ellipse is not null).Select(z => z.Ellipse!.X));
    }

    [Fact]
    public void An_unknown_side_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Picture.OnSide("top"));
    }
}
