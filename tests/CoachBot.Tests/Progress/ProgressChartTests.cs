using System.Buffers.Binary;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Progress;
using CoachBot.Tests.Conversation;
using ScottPlot;
using SkiaSharp;

namespace CoachBot.Tests.Progress;

public sealed class ProgressChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_chart_is_a_720_by_420_png_small_enough_to_send_inline()
    {
        var png = ProgressChart.Render(Ratings.Daily(before: [7, 6, 6, 5, 5, 4, 4, 3, 4, 3, 3, 2, 3, 2], after: [4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 2, 1, 1, 1]), SessionScript.English);

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(720, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(420, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.InRange(png.Length, 1_000, 200_000);
    }

    [Fact]
    public void Before_ratings_are_drawn_in_the_before_colour_where_they_are_and_after_ratings_in_theirs()
    {
        var ratings = Ratings.Daily(before: [8, 7, 9], after: [2, 3, 1]);
        var plot = ProgressChart.Build(ratings, SessionScript.English);
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(ProgressChart.Width, ProgressChart.Height, ImageFormat.Png));

        // The plot's own mapping from data to pixels is valid after that render.
        foreach (var (day, before, after) in new[] { (0, 8, 2), (1, 7, 3) })
        {
            Assert.True(HasColourNear(bitmap, plot.GetPixel(new Coordinates(day, before)), ProgressChart.BeforeColor), $"no before point at day {day}, rating {before}");
            Assert.True(HasColourNear(bitmap, plot.GetPixel(new Coordinates(day, after)), ProgressChart.AfterColor), $"no after point at day {day}, rating {after}");

            // And not the other way round: swapped or shifted data fails here.
            Assert.False(HasColourNear(bitmap, plot.GetPixel(new Coordinates(day, before)), ProgressChart.AfterColor), $"an after point at day {day}, rating {before}");
            Assert.False(HasColourNear(bitmap, plot.GetPixel(new Coordinates(day, after)), ProgressChart.BeforeColor), $"a before point at day {day}, rating {after}");
        }

        // Nothing was plotted at a rating of 5 on the first day.
        var empty = plot.GetPixel(new Coordinates(0, 5));
        Assert.False(HasColourNear(bitmap, empty, ProgressChart.BeforeColor) || HasColourNear(bitmap, empty, ProgressChart.AfterColor));
    }

    [Fact]
    public void Two_sessions_on_one_day_plot_as_that_day_s_average_and_a_skipped_day_stays_a_gap()
    {
        var ratings = new List<PainRating>
        {
            Ratings.Rating("u", 0, 6, PainRatingPhases.Before),
            Ratings.Rating("u", 0, 8, PainRatingPhases.Before) with { SessionId = "evening" },
            Ratings.Rating("u", 2, 5, PainRatingPhases.Before),
            Ratings.Rating("u", 2, 4, PainRatingPhases.CheckIn),
        };

        var points = ProgressChart.DailyAverages(ratings, PainRatingPhases.Before);

        Assert.Equal([new ChartPoint(Ratings.FirstDay, 7), new ChartPoint(Ratings.FirstDay.AddDays(2), 5)], points);
    }

    [Fact]
    public void The_attachment_is_an_inline_png_that_web_chat_and_teams_can_show()
    {
        var png = ProgressChart.Render(Ratings.Daily(before: [5], after: [3]), SessionScript.English);

        var attachment = ProgressChart.ToAttachment(png);

        Assert.Equal("image/png", attachment.ContentType);
        Assert.StartsWith("data:image/png;base64,", attachment.ContentUrl);
        Assert.Equal(png, Convert.FromBase64String(attachment.ContentUrl["data:image/png;base64,".Length..]));
        Assert.True(attachment.ContentUrl.Length < 1024 * 1024);
    }

    [Fact]
    public void A_person_with_no_ratings_still_gets_a_chart_rather_than_an_error()
    {
        var png = ProgressChart.Render([], SessionScript.English);

        Assert.Equal(PngSignature, png[..8]);
    }

    /// <summary>Whether a pixel within 2 of <paramref name="centre"/> has <paramref name="colour"/>.</summary>
    internal static bool HasColourNear(SKBitmap bitmap, Pixel centre, Color colour)
    {
        for (var dx = -2; dx <= 2; dx++)
        {
            for (var dy = -2; dy <= 2; dy++)
            {
                var x = (int)Math.Round(centre.X) + dx;
                var y = (int)Math.Round(centre.Y) + dy;
                if (x < 0 || y < 0 || x >= bitmap.Width || y >= bitmap.Height)
                {
                    continue;
                }

                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - colour.R) <= 12 && Math.Abs(p.Green - colour.G) <= 12 && Math.Abs(p.Blue - colour.B) <= 12)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
