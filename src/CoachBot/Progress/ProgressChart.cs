using System.Globalization;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using Microsoft.Bot.Schema;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace CoachBot.Progress;

/// <summary>
/// The "show my progress" chart, as a small PNG and as a Bot Framework image attachment. A person
/// in (or after) a two-week program sees the program (<see cref="ProgramChart"/>); anyone else sees
/// their before and after ratings by local day.
/// </summary>
public static class ProgressChart
{
    /// <summary>The PNG width: wide enough for two weeks of day labels and a legend under the plot, small enough to stay a few tens of KB.</summary>
    public const int Width = 720;

    /// <summary>The PNG height.</summary>
    public const int Height = 420;

    /// <summary>The attachment content type.</summary>
    public const string ContentType = "image/png";

    // Okabe-Ito orange and blue: told apart with the common colour-vision deficiencies and in greyscale print.
    internal static readonly Color BeforeColor = new(0xD5, 0x5E, 0x00);
    internal static readonly Color AfterColor = new(0x00, 0x72, 0xB2);

    // A data: URI of more than about 1 MB is refused by Teams; a chart is far below it.
    private const int MaxAttachmentBytes = 1024 * 1024;

    /// <summary>Renders the chart of <paramref name="ratings"/> as PNG bytes, labelled in <paramref name="content"/>'s words.</summary>
    public static byte[] Render(IEnumerable<PainRating> ratings, LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(content);
        var all = ratings.ToList();
        var plot = ProgramPeriod.Latest(all) is { } program ? ProgramChart.Build(all, program, content) : Build(all, content);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>What <see cref="Render"/> draws for <paramref name="ratings"/>, in words, for the image's alt text.</summary>
    public static string Describe(IEnumerable<PainRating> ratings, LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ProgramPeriod.Latest(ratings) is { } program
            ? content.Text(TextKeys.ChartProgramDescribe, new { start = program.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            : content.Text(TextKeys.ChartDescribe);
    }

    /// <summary>A day as the chart labels it ("Mar 7", "7 mar"), in the language's own format and month names.</summary>
    internal static string DayLabel(DateOnly day, LanguageContent content) =>
        day.ToString(content.Text(TextKeys.ChartDayFormat), content.Culture);

    /// <summary>
    /// Wraps a PNG as an attachment whose contentUrl is a data: URI, which Web Chat renders and
    /// Teams personal chat shows for images under about 1 MB, with no public image host needed.
    /// </summary>
    public static Attachment ToAttachment(byte[] png, string name = "progress.png")
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length > MaxAttachmentBytes)
        {
            throw new ArgumentException($"The chart is {png.Length} bytes; channels refuse inline images over {MaxAttachmentBytes}.", nameof(png));
        }

        return new Attachment
        {
            ContentType = ContentType,
            ContentUrl = ToDataUri(png),
            Name = name,
        };
    }

    /// <summary>Renders <paramref name="ratings"/> and wraps the PNG as an attachment.</summary>
    /// <remarks>The attachment's name is the chart described in words: Web Chat reads it out as the image's alt text.</remarks>
    public static Attachment RenderAttachment(IEnumerable<PainRating> ratings, LanguageContent content)
    {
        var all = ratings.ToList();
        return ToAttachment(Render(all, content), Describe(all, content));
    }

    /// <summary>The PNG as a data: URI, for attachments and the printable report.</summary>
    public static string ToDataUri(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The daily averages of one phase, by local day, oldest first (what the chart plots).</summary>
    internal static IReadOnlyList<ChartPoint> DailyAverages(IEnumerable<PainRating> ratings, string phase) =>
        ratings
            .Where(r => r.Phase == phase && ProgramPeriod.TryParseDay(r.LocalDate, out _))
            .GroupBy(r => ProgramPeriod.ParseDay(r.LocalDate))
            .OrderBy(g => g.Key)
            .Select(g => new ChartPoint(g.Key, g.Average(r => r.Rating)))
            .ToList();

    /// <summary>The plot before rendering; tests render it themselves to map data to pixels.</summary>
    internal static Plot Build(IReadOnlyList<PainRating> ratings, LanguageContent content)
    {
        var before = DailyAverages(ratings, PainRatingPhases.Before);
        var after = DailyAverages(ratings, PainRatingPhases.After);
        var days = before.Concat(after).Select(p => p.Day).Distinct().Order().ToList();

        var plot = new Plot();
        plot.Title(content.Text(days.Count == 0 ? TextKeys.ChartTitleEmpty : TextKeys.ChartTitle));
        plot.XLabel(content.Text(TextKeys.ChartXLabel));
        plot.YLabel(content.Text(TextKeys.ChartYLabel));

        // x is the number of days since the first day, so a skipped day shows as a gap.
        var first = days.Count == 0 ? DateOnly.FromDateTime(DateTime.UnixEpoch) : days[0];
        AddSeries(plot, before, first, content.Text(TextKeys.ChartBefore), BeforeColor, MarkerShape.FilledCircle);
        AddSeries(plot, after, first, content.Text(TextKeys.ChartAfter), AfterColor, MarkerShape.FilledSquare);

        var lastX = days.Count == 0 ? 1 : days[^1].DayNumber - first.DayNumber;
        plot.Axes.Bottom.TickGenerator = DayTicks(days, first, content);
        plot.Axes.Left.TickGenerator = new NumericFixedInterval(2);
        plot.Axes.SetLimits(-0.5, Math.Max(lastX, 1) + 0.5, -0.5, 10.5);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static void AddSeries(Plot plot, IReadOnlyList<ChartPoint> points, DateOnly first, string label, Color color, MarkerShape shape)
    {
        if (points.Count == 0)
        {
            return;
        }

        var xs = points.Select(p => (double)(p.Day.DayNumber - first.DayNumber)).ToArray();
        var ys = points.Select(p => p.Rating).ToArray();
        var scatter = plot.Add.Scatter(xs, ys, color);
        scatter.LegendText = label;
        scatter.LineWidth = 2;
        scatter.MarkerSize = 9;
        scatter.MarkerShape = shape;
    }

    private static NumericManual DayTicks(List<DateOnly> days, DateOnly first, LanguageContent content)
    {
        // About ten "Nov 10" labels fit side by side in 640 px; longer logs label every few days.
        var every = Math.Max(1, (int)Math.Ceiling(days.Count / 10.0));
        var ticks = new NumericManual();
        for (var i = 0; i < days.Count; i += every)
        {
            ticks.AddMajor(days[i].DayNumber - first.DayNumber, DayLabel(days[i], content));
        }

        return ticks;
    }
}
