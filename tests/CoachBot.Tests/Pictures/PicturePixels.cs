using CoachBot.Pictures;
using SkiaSharp;

namespace CoachBot.Tests.Pictures;

/// <summary>What a pixel of a rendered picture shows, told apart by colour alone as a person would.</summary>
internal static class PicturePixels
{
    /// <summary>The solid orange of a spot to press (its antialiased rim excluded).</summary>
    public static bool IsSpot(SKColor pixel) =>
        Math.Abs(pixel.Red - BodyPicture.SpotColor.Red) < 40 && Math.Abs(pixel.Green - BodyPicture.SpotColor.Green) < 40 && pixel.Blue < 60;

    /// <summary>The blue of a referred zone, its fill or its hatching, over the body or a landmark line.</summary>
    public static bool IsZone(SKColor pixel) => pixel.Blue - pixel.Red >= 25;

    /// <summary>The plain background around the figures.</summary>
    public static bool IsBackground(SKColor pixel) =>
        Math.Abs(pixel.Red - BodyPicture.Background.Red) < 6 && Math.Abs(pixel.Green - BodyPicture.Background.Green) < 6 && Math.Abs(pixel.Blue - BodyPicture.Background.Blue) < 6;

    /// <summary>Every pixel of <paramref name="bitmap"/> that <paramref name="kind"/> accepts.</summary>
    public static List<SKPointI> Where(SKBitmap bitmap, Func<SKColor, bool> kind)
    {
        var found = new List<SKPointI>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (kind(bitmap.GetPixel(x, y)))
                {
                    found.Add(new SKPointI(x, y));
                }
            }
        }

        return found;
    }
}
