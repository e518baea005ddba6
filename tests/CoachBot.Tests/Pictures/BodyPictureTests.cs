using System.Buffers.Binary;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;
using CoachBot.Pictures;
using SkiaSharp;

namespace CoachBot.Tests.Pictures;

/// <summary>Every area's picture, read back pixel by pixel: the spots on the body, the zones apart from them, the left side the right's mirror.</summary>
public sealed class BodyPictureTests
{
    private static readonly ContentLibrary Content = ContentLibrary.Load(ContentLibrary.DefaultRoot);
    private static readonly Lazy<SKBitmap> BareFigure = new(() => SKBitmap.Decode(BodyPicture.Render(AreaPicture.Empty)));

    public static TheoryData<string, string> AreasAndSides()
    {
        var data = new TheoryData<string, string>();
        foreach (var area in Content.Default.Areas)
        {
            foreach (var side in PictureSides.All)
            {
                data.Add(area.Id, side);
            }
        }

        return data;
    }

    public static TheoryData<string> Areas() => new(Content.Default.Areas.Select(a => a.Id));

    [Theory]
    [MemberData(nameof(AreasAndSides))]
    public void Every_area_s_picture_marks_its_spots_inside_the_body_outline(string areaId, string side)
    {
        var marks = Content.Pictures[areaId].OnSide(side);
        var layout = PictureLayout.For(marks);
        using var picture = Render(marks, $"picture-{areaId}-{side}.png");
        using var bare = SKBitmap.Decode(BodyPicture.Render(AreaPicture.Empty, layout));

        foreach (var spot in marks.Spots)
        {
            var centre = layout.ToPixel(spot.View, spot.Centre);
            Assert.True(PicturePixels.IsSpot(picture.GetPixel((int)centre.X, (int)centre.Y)), $"{areaId} ({side}): no spot drawn at {spot.Muscle} ({spot.View} view, {spot.X}, {spot.Y}).");
        }

        // Every orange pixel belongs to a spot of this area, and the bare figure has body under it.
        var spotPixels = PicturePixels.Where(picture, PicturePixels.IsSpot);
        Assert.NotEmpty(spotPixels);
        Assert.All(spotPixels, pixel =>
        {
            Assert.False(PicturePixels.IsBackground(bare.GetPixel(pixel.X, pixel.Y)), $"{areaId} ({side}): spot pixel {pixel} lies off the body.");
            Assert.Contains(marks.Spots, spot => Distance(layout.ToPixel(spot.View, spot.Centre), pixel) <= (spot.Radius * layout.Scale) + 1.5);
        });
    }

    [Theory]
    [MemberData(nameof(AreasAndSides))]
    public void Every_area_s_referred_zones_are_shaded_apart_from_its_spots_and_in_another_colour(string areaId, string side)
    {
        var marks = Content.Pictures[areaId].OnSide(side);
        var layout = PictureLayout.For(marks);
        using var picture = SKBitmap.Decode(BodyPicture.Render(marks));

        foreach (var zone in marks.Zones)
        {
            // Points well inside the zone and the body, clear of every spot and its white ring (3 pixels).
            var inside = PointsWellInside(zone)
                .Where(p => !marks.Spots.Any(s => s.View == zone.View && Math.Sqrt(Math.Pow(p.X - s.X, 2) + Math.Pow(p.Y - s.Y, 2)) <= s.Radius + (3 / layout.Scale)))
                .ToList();
            Assert.True(inside.Count > 0, $"{areaId} ({side}): the zone '{zone.Region}' is hidden under the spots.");
            Assert.All(inside, point =>
            {
                var pixel = layout.ToPixel(zone.View, point);
                var colour = picture.GetPixel((int)pixel.X, (int)pixel.Y);
                Assert.True(PicturePixels.IsZone(colour) && !PicturePixels.IsSpot(colour), $"{areaId} ({side}): '{zone.Region}' at ({point.X}, {point.Y}) is {colour}, not shaded.");
            });
        }
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void The_left_picture_is_the_right_one_mirrored(string areaId)
    {
        using var right = SKBitmap.Decode(BodyPicture.Render(Content.Pictures[areaId].OnSide(PictureSides.Right)));
        using var left = SKBitmap.Decode(BodyPicture.Render(Content.Pictures[areaId].OnSide(PictureSides.Left)));

        foreach (var kind in new Func<SKColor, bool>[] { PicturePixels.IsSpot, PicturePixels.IsZone })
        {
            var unmatched = PicturePixels.Where(left, kind).Where(p => !NearMirror(right, p, kind))
                .Concat(PicturePixels.Where(right, kind).Where(p => !NearMirror(left, p, kind)))
                .ToList();
            Assert.True(unmatched.Count == 0, $"{areaId}: {unmatched.Count} pixels have no mirror image, e.g. {string.Join(", ", unmatched.Take(5))}.");
        }
    }

    [Fact]
    public void Every_picture_is_a_png_480_pixels_wide_and_under_30_KB()
    {
        var pictures = AreasAndSides().Select(row => Content.Pictures[(string)row[0]].OnSide((string)row[1]))
            .Select(marks => (Png: BodyPicture.Render(marks), PictureLayout.For(marks).Height))
            .Append((Png: BodyPicture.RenderBodyMap(Content.Pictures.Values), PictureLayout.FullBody.Height));

        Assert.All(pictures, picture =>
        {
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(picture.Png, 12, 4));
            Assert.Equal(PictureLayout.Width, BinaryPrimitives.ReadInt32BigEndian(picture.Png.AsSpan(16)));
            Assert.Equal(picture.Height, BinaryPrimitives.ReadInt32BigEndian(picture.Png.AsSpan(20)));
            Assert.InRange(picture.Png.Length, 1_000, 30 * 1024);
        });
    }

    [Theory]
    [InlineData("head-jaw", "head and shoulders")]
    [InlineData("base-of-skull", "head and shoulders")]
    [InlineData("neck", "head and shoulders")]
    [InlineData("calf", "legs")]
    [InlineData("foot-heel", "legs")]
    [InlineData("upper-back", "trunk")]
    [InlineData("forearm", "trunk")]
    [InlineData("thigh", "lower body")]
    [InlineData("hip-buttock", "lower body")]
    [InlineData("hamstrings", "lower body")]
    public void Each_picture_shows_the_part_of_the_body_its_marks_are_on_enlarged(string areaId, string frame)
    {
        var frames = new Dictionary<string, PictureLayout>
        {
            ["head and shoulders"] = PictureLayout.HeadAndShoulders,
            ["legs"] = PictureLayout.Legs,
            ["trunk"] = PictureLayout.Trunk,
            ["lower body"] = PictureLayout.LowerBody,
            ["whole body"] = PictureLayout.FullBody,
        };

        Assert.All(PictureSides.All, side => Assert.Equal(frames[frame], PictureLayout.For(Content.Pictures[areaId].OnSide(side))));
    }

    [Fact]
    public void The_body_map_marks_each_area_s_main_spot_on_both_sides_and_shades_nothing()
    {
        using var map = Render(null, "picture-body.png");

        var spots = Content.Default.Areas.SelectMany(area => new AreaPicture([Content.Pictures[area.Id].Spots[0]], []).OnSide(PictureSides.Both).Spots).ToList();
        Assert.All(spots, spot =>
        {
            var centre = PictureLayout.FullBody.ToPixel(spot.View, spot.Centre);
            Assert.True(PicturePixels.IsSpot(map.GetPixel((int)centre.X, (int)centre.Y)), $"no spot at {spot.Muscle} ({spot.View}, {spot.X}, {spot.Y}).");
        });
        Assert.All(PicturePixels.Where(map, PicturePixels.IsSpot), pixel => Assert.False(PicturePixels.IsBackground(BareFigure.Value.GetPixel(pixel.X, pixel.Y))));
        Assert.Empty(PicturePixels.Where(map, PicturePixels.IsZone));
    }

    // Renders and keeps the PNG as a test artifact, for a person to look at.
    private static SKBitmap Render(AreaPicture? marks, string name)
    {
        var png = marks is null ? BodyPicture.RenderBodyMap(Content.Pictures.Values) : BodyPicture.Render(marks);
        File.WriteAllBytes(TestArtifacts.PathFor(name), png);
        return SKBitmap.Decode(png);
    }

    // A grid of points a unit apart inside the zone and the body, each a unit or more from either edge,
    // so the antialiased rims of the zone and of the outline are left out.
    private static IEnumerable<FigurePoint> PointsWellInside(PictureZone zone)
    {
        var extremes = zone.Extremes.ToList();
        for (var x = Math.Floor(extremes.Min(p => p.X)); x <= extremes.Max(p => p.X); x += 0.5)
        {
            for (var y = Math.Floor(extremes.Min(p => p.Y)); y <= extremes.Max(p => p.Y); y += 0.5)
            {
                var around = new FigurePoint[] { new(x, y), new(x - 1, y), new(x + 1, y), new(x, y - 1), new(x, y + 1), new(x - 0.7, y - 0.7), new(x + 0.7, y + 0.7), new(x - 0.7, y + 0.7), new(x + 0.7, y - 0.7) };
                if (around.All(p => zone.Contains(p) && BodyOutline.Contains(p)))
                {
                    yield return new FigurePoint(x, y);
                }
            }
        }
    }

    // The pixel mirrored within its own view's panel, or one beside it, is of the same kind.
    private static bool NearMirror(SKBitmap other, SKPointI pixel, Func<SKColor, bool> kind)
    {
        var view = pixel.X >= PictureLayout.BackLeft ? FigureViews.Back : FigureViews.Front;
        var mirroredX = (2 * PictureLayout.Left(view)) + PictureLayout.PanelWidth - 1 - pixel.X;
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                var (x, y) = (mirroredX + dx, pixel.Y + dy);
                if (x >= 0 && y >= 0 && x < other.Width && y < other.Height && kind(other.GetPixel(x, y)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static double Distance(SKPoint a, SKPointI b) => Math.Sqrt(Math.Pow(a.X - b.X - 0.5, 2) + Math.Pow(a.Y - b.Y - 0.5, 2));
}
