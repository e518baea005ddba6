using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Progress;
using CoachBot.Tests.Conversation;
using ScottPlot;
using SkiaSharp;

namespace CoachBot.Tests.Progress;

public sealed class ProgramChartTests
{
    private static readonly DateOnly DayOne = new(2027, 3, 7);
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly ProgramPeriod Period = new(DayOne);

    [Fact]
    public void Nine_days_into_a_program_every_check_in_is_placed_on_its_day_morning_and_evening()
    {
        var ratings = NineDays();

        var points = ProgramChart.CheckIns(ratings, Period);

        Assert.Equal(16, points.Count);
        foreach (var day in Enumerable.Range(1, 8))
        {
            var ofDay = points.Where(p => p.X >= day - 1 && p.X < day).ToList();
            Assert.Equal(2, ofDay.Count);
            Assert.Equal([false, true], ofDay.Select(p => p.Evening));
            Assert.Equal(day - 1 + (8.0 / 24), ofDay[0].X, precision: 6);
        }

        // Across the change to summer time (day 8) 19:00 stays 19:00 local.
        Assert.Equal(7 + (19.0 / 24), points[^1].X, precision: 6);
    }

    [Fact]
    public void The_chart_draws_check_ins_sessions_and_the_day_7_review_where_they_are()
    {
        var ratings = NineDays();
        var plot = ProgramChart.Build(ratings, Period, SessionScript.English);
        var png = plot.GetImageBytes(ProgressChart.Width, ProgressChart.Height, ImageFormat.Png);
        File.WriteAllBytes(TestArtifacts.PathFor("program-chart.png"), png);
        using var bitmap = SKBitmap.Decode(png);

        foreach (var point in ProgramChart.CheckIns(ratings, Period))
        {
            Assert.True(ProgressChartTests.HasColourNear(bitmap, plot.GetPixel(new Coordinates(point.X, point.Rating)), ProgramChart.CheckInColor), $"no check-in at x {point.X:0.00}, rating {point.Rating}");
        }

        // The first session (before 6 at 07:00, after 4 at 07:20) and the session from the day-3 evening check-in (5, then 3).
        Assert.True(ProgressChartTests.HasColourNear(bitmap, plot.GetPixel(new Coordinates(7.0 / 24, 6)), ProgressChart.BeforeColor));
        Assert.True(ProgressChartTests.HasColourNear(bitmap, plot.GetPixel(new Coordinates(7.33 / 24, 4)), ProgressChart.AfterColor));
        Assert.True(ProgressChartTests.HasColourNear(bitmap, plot.GetPixel(new Coordinates(2 + (19.5 / 24), 3)), ProgressChart.AfterColor));

        // The day-7 review at the end of day 7; nothing plotted on the days not lived yet.
        Assert.True(ProgressChartTests.HasColourNear(bitmap, plot.GetPixel(new Coordinates(7, 1)), ProgramChart.ReviewColor));
        var later = plot.GetPixel(new Coordinates(11.5, 5));
        Assert.False(ProgressChartTests.HasColourNear(bitmap, later, ProgramChart.CheckInColor) || ProgressChartTests.HasColourNear(bitmap, later, ProgressChart.AfterColor));
        Assert.Equal(SessionScript.English.Text(TextKeys.ChartProgramTitle), plot.Axes.Title.Label.Text);
    }

    [Fact]
    public void Show_my_progress_draws_the_program_when_the_ratings_show_one()
    {
        var ratings = NineDays();

        var drawn = ProgressChart.Render(ratings, SessionScript.English);

        Assert.Equal(ProgramChart.Build(ratings, Period, SessionScript.English).GetImageBytes(ProgressChart.Width, ProgressChart.Height, ImageFormat.Png), drawn);
    }

    // Day 1: the first session at 07:00 (6 → 4), then check-ins at 08:00 and 19:00 for eight days;
    // on day 3 the evening check-in (5) led into a session (after: 3).
    private static List<PainRating> NineDays()
    {
        var ratings = new List<PainRating>
        {
            At(1, 7, 0, 6, PainRatingPhases.Before, "first", programDay: 0),
            At(1, 7, 20, 4, PainRatingPhases.After, "first", programDay: 0),
        };
        int[] checkIns = [6, 6, 6, 5, 6, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 4];
        for (var i = 0; i < checkIns.Length; i++)
        {
            var day = (i / 2) + 1;
            ratings.Add(At(day, i % 2 == 0 ? 8 : 19, 0, checkIns[i], PainRatingPhases.CheckIn, $"c{i}", day));
        }

        ratings.Add(At(3, 19, 30, 3, PainRatingPhases.After, "c5", 3));
        return ratings;
    }

    private static PainRating At(int day, int hour, int minute, int rating, string phase, string sessionId, int programDay)
    {
        var date = DayOne.AddDays(day - 1);
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        var at = new DateTimeOffset(local, NewYork.GetUtcOffset(local)).ToUniversalTime();
        return new PainRating("u", at, rating, phase, "neck", "left", programDay, sessionId, date.ToString("yyyy-MM-dd"), "America/New_York", "directline", $"{sessionId}/{phase}");
    }
}
