using System.Globalization;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CoachBot.Progress;

/// <summary>
/// The chart of a two-week program: every check-in rating at its place in the 14 days (morning
/// and evening told apart), each session's before and after joined by a line, and the day-7 and
/// day-14 reviews with the averages they compare. Days not yet lived stay empty, so a person sees
/// how far they are. The averages are <see cref="PainTrend"/>'s, the same as the reviews say.
/// </summary>
public static class ProgramChart
{
    // Okabe-Ito bluish green: apart from the sessions' orange and blue for every common colour-vision deficiency.
    internal static readonly Color CheckInColor = new(0x00, 0x9E, 0x73);
    internal static readonly Color ReviewColor = new(0x55, 0x55, 0x55);

    // A rating from 14:00 on counts as the evening one.
    private const int EveningFromHour = 14;

    /// <summary>The check-in ratings of <paramref name="period"/> where the chart draws them, oldest first.</summary>
    internal static IReadOnlyList<ProgramChartPoint> CheckIns(IEnumerable<PainRating> ratings, ProgramPeriod period) =>
        Place(ratings.Where(r => r.Phase == PainRatingPhases.CheckIn && period.Contains(r)), period);

    /// <summary>The plot of the program in <paramref name="ratings"/> before rendering; tests map data to pixels with it.</summary>
    internal static Plot Build(IReadOnlyList<PainRating> ratings, ProgramPeriod period, LanguageContent content)
    {
        var inProgram = ratings.Where(period.Contains).ToList();
        var plot = new Plot();
        plot.Title(content.Text(TextKeys.ChartProgramTitle));
        plot.XLabel(content.Text(TextKeys.ChartProgramXLabel, new { start = ProgressChart.DayLabel(period.Start, content), end = ProgressChart.DayLabel(period.End, content) }));
        plot.YLabel(content.Text(TextKeys.ChartYLabel));

        AddCheckIns(plot, CheckIns(inProgram, period), content);
        AddSessions(plot, inProgram, period, content);
        AddReview(plot, inProgram, period, 7, content);
        AddReview(plot, inProgram, period, ProgramPeriod.Days, content);

        var ticks = new NumericManual();
        for (var day = 1; day <= ProgramPeriod.Days; day++)
        {
            ticks.AddMajor(day - 0.5, day.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new NumericFixedInterval(2);
        plot.Axes.SetLimits(0, ProgramPeriod.Days, -0.5, 11.5);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddCheckIns(Plot plot, IReadOnlyList<ProgramChartPoint> points, LanguageContent content)
    {
        if (points.Count == 0)
        {
            return;
        }

        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => (double)p.Rating).ToArray(), CheckInColor);
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.LegendText = content.Text(TextKeys.ChartProgramCheckIns);
        AddMarkers(plot, points.Where(p => !p.Evening).ToList(), MarkerShape.FilledCircle, CheckInColor, content.Text(TextKeys.ChartProgramMorning));
        AddMarkers(plot, points.Where(p => p.Evening).ToList(), MarkerShape.OpenCircle, CheckInColor, content.Text(TextKeys.ChartProgramEvening));
    }

    private static void AddSessions(Plot plot, IEnumerable<PainRating> ratings, ProgramPeriod period, LanguageContent content)
    {
        var befores = new List<ProgramChartPoint>();
        var afters = new List<ProgramChartPoint>();
        foreach (var (_, before, after) in SessionPair.RatingsOf(ratings))
        {
            if (after is null)
            {
                continue;
            }

            var placedAfter = Place([after], period)[0];
            afters.Add(placedAfter);
            if (before is not null)
            {
                var placedBefore = Place([before], period)[0];

                // A check-in's rating is already drawn as a check-in; only a session's own "before" gets a mark.
                if (before.Phase == PainRatingPhases.Before)
                {
                    befores.Add(placedBefore);
                }

                var change = plot.Add.Line(placedBefore.X, placedBefore.Rating, placedAfter.X, placedAfter.Rating);
                change.Color = ProgressChart.AfterColor.WithAlpha(0.6);
                change.LineWidth = 1.5f;
            }
        }

        AddMarkers(plot, befores, MarkerShape.FilledTriangleDown, ProgressChart.BeforeColor, content.Text(TextKeys.ChartProgramBeforeSession));
        AddMarkers(plot, afters, MarkerShape.FilledSquare, ProgressChart.AfterColor, content.Text(TextKeys.ChartProgramAfterSession));
    }

    private static void AddMarkers(Plot plot, IReadOnlyList<ProgramChartPoint> points, MarkerShape shape, Color color, string label)
    {
        if (points.Count == 0)
        {
            return;
        }

        var markers = plot.Add.Markers(points.Select(p => p.X).ToArray(), points.Select(p => (double)p.Rating).ToArray(), shape, 9, color);
        markers.LegendText = label;
    }

    // The review at the end of day <paramref name="day"/>: a dashed line, and once the day has
    // ratings up to it, the two averages it compares, as the person was told them.
    private static void AddReview(Plot plot, IReadOnlyList<PainRating> ratings, ProgramPeriod period, int day, LanguageContent content)
    {
        var line = plot.Add.VerticalLine(day, 1.5f, ReviewColor, LinePattern.Dashed);
        line.ExcludeFromLegend = true;
        var upToDay = ratings.Where(r => ProgramPeriod.TryParseDay(r.LocalDate, out var date) && period.DayOf(date) <= day).ToList();
        var reached = upToDay.Any(r => ProgramPeriod.TryParseDay(r.LocalDate, out var date) && period.DayOf(date) == day);
        var trend = reached ? PainTrend.Of(upToDay) : null;
        var label = trend is null
            ? content.Text(TextKeys.ChartProgramReview, new { day })
            : content.Text(TextKeys.ChartProgramReviewFigures, new { day, first = PainTrend.Format(trend.FirstAverage), last = PainTrend.Format(trend.LastAverage) });
        var text = plot.Add.Text(label, day - 0.1, 11.2);
        text.LabelFontSize = 11;
        text.LabelFontColor = ReviewColor;
        text.LabelAlignment = Alignment.UpperRight;
    }

    private static List<ProgramChartPoint> Place(IEnumerable<PainRating> ratings, ProgramPeriod period) =>
        ratings
            .Where(r => ProgramPeriod.TryParseDay(r.LocalDate, out _))
            .OrderBy(r => r.RecordedAt)
            .Select(r =>
            {
                var zone = TimeZoneIds.Find(r.TimeZone) ?? TimeZoneInfo.Utc;
                var local = TimeZoneInfo.ConvertTime(r.RecordedAt, zone);
                var day = period.DayOf(ProgramPeriod.ParseDay(r.LocalDate));
                return new ProgramChartPoint(day - 1 + (local.TimeOfDay.TotalHours / 24), r.Rating, local.Hour >= EveningFromHour);
            })
            .ToList();
}
