using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CoachBot.Dialogs.Ratings;
using CoachBot.Progress;

namespace CoachBot.Exports;

/// <summary>
/// The printable report a therapist opens: chart, summary figures, areas worked, the person's notes
/// and a table of every rating. One self-contained page (inline CSS, the chart as a data: image, no
/// script, no external resources) so it prints and saves the same anywhere and leaks nothing to a
/// third party. Everything that came from a person or from storage is HTML-encoded.
/// </summary>
public static class ExportHtmlReport
{
    /// <summary>The disclaimer on every report.</summary>
    public const string Disclaimer = "Self-care log, not a diagnosis";

    /// <summary>The Content-Security-Policy the page is served with: nothing but inline styles and data: images.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string Styles = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.5rem; margin-bottom: .25rem; }
        h2 { font-size: 1.15rem; margin-top: 1.5rem; border-bottom: 1px solid #ccc; }
        .disclaimer { font-weight: bold; }
        .meta { color: #444; font-size: .9rem; }
        .notes { white-space: pre-wrap; border-left: 3px solid #999; padding-left: .75rem; }
        img { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; }
        td.num { text-align: right; }
        thead { background: #eee; }
        @media print {
          body { margin: 0; max-width: none; }
          .no-print { display: none; }
          thead { display: table-header-group; }
          tr, img { page-break-inside: avoid; }
        }
        """;

    /// <summary>Renders <paramref name="report"/>; <paramref name="token"/> builds the relative links to the downloads.</summary>
    public static string Render(ExportReport report, string token)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var e = HtmlEncoder.Default;
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(e.Encode(report.Link.Locale)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>Pain self-care log</title>\n<style>\n").Append(Styles).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<h1>Pain self-care log</h1>\n")
            .Append("<p class=\"disclaimer\">").Append(Disclaimer).Append(". Ratings are self-reported on a 0-10 scale (0 no pain, 10 worst imaginable) through a self-care coach.</p>\n")
            .Append("<p class=\"meta\">Generated ").Append(Utc(report.GeneratedAt)).Append(". This link works until ").Append(Utc(report.Link.ExpiresAt)).Append(".</p>\n");

        AppendSummary(html, report);

        html.Append("<h2>Chart</h2>\n<img src=\"").Append(ProgressChart.ToDataUri(ProgressChart.Render(report.Ratings)))
            .Append("\" width=\"").Append(ProgressChart.Width).Append("\" height=\"").Append(ProgressChart.Height)
            .Append("\" alt=\"").Append(e.Encode(ProgressChart.Describe(report.Ratings))).Append("\">\n");

        AppendAreas(html, report, e);

        html.Append("<h2>Notes from the person</h2>\n");
        html.Append(string.IsNullOrWhiteSpace(report.Link.Notes)
            ? "<p>No notes on medications or health conditions were added.</p>\n"
            : $"<p class=\"notes\">{e.Encode(report.Link.Notes)}</p>\n");

        AppendRatings(html, report, e);

        var path = UrlEncoder.Default.Encode(token);
        html.Append("<p class=\"no-print\">Downloads: <a href=\"").Append(path).Append("/ratings.csv\">ratings (CSV)</a> &middot; <a href=\"")
            .Append(path).Append("/fhir.json\">FHIR R4 Bundle (JSON)</a></p>\n")
            .Append("<footer><p class=\"disclaimer\">").Append(Disclaimer).Append(".</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ExportReport report)
    {
        var summary = ProgressSummary.From(report.Ratings);
        html.Append("<h2>Summary</h2>\n<ul>\n")
            .Append(CultureInfo.InvariantCulture, $"<li>{summary.Ratings} ratings, {summary.Sessions} sessions, on {summary.Days} days")
            .Append(report.Ratings.Count > 0 ? $" ({report.Ratings.Min(r => r.LocalDate)} to {report.Ratings.Max(r => r.LocalDate)})" : string.Empty)
            .Append(".</li>\n");
        if (summary.AverageBefore is { } before && summary.AverageAfter is { } after)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Sessions rated both before and after ({summary.PairedSessions}): on average {PainTrend.Format(before)}/10 before and {PainTrend.Format(after)}/10 after.</li>\n");
        }

        if (summary.UsualPain is { } trend)
        {
            var change = trend.FirstAverage == 0 ? string.Empty : $" ({(trend.Rose ? "+" : trend.LastAverage < trend.FirstAverage ? "-" : string.Empty)}{trend.Percent}%)";
            var within = summary.Program is { } program ? $" within the two-week program of {program.Start:yyyy-MM-dd} to {program.End:yyyy-MM-dd}" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<li>Usual pain (check-in and before-session ratings, each day averaged once){within}, first {trend.WindowDays} days against last {trend.WindowDays}: {PainTrend.Format(trend.FirstAverage)} to {PainTrend.Format(trend.LastAverage)}{change}. A change of 30% or more is usually taken as meaningful.</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendAreas(StringBuilder html, ExportReport report, HtmlEncoder e)
    {
        html.Append("<h2>Areas worked</h2>\n");
        var areas = report.Ratings
            .Where(r => r.Phase is PainRatingPhases.Before or PainRatingPhases.After)
            .GroupBy(r => (r.Area, r.Side))
            .Select(g => (Label: Place(report, g.Key.Area, g.Key.Side), Sessions: g.Select(r => r.SessionId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(a => a.Sessions)
            .ThenBy(a => a.Label, StringComparer.Ordinal)
            .ToList();
        if (areas.Count == 0)
        {
            html.Append("<p>No sessions recorded yet.</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var (label, sessions) in areas)
        {
            html.Append("<li>").Append(e.Encode(label)).Append(CultureInfo.InvariantCulture, $": {sessions} session{(sessions == 1 ? string.Empty : "s")}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendRatings(StringBuilder html, ExportReport report, HtmlEncoder e)
    {
        html.Append("<h2>Ratings</h2>\n");
        if (report.Ratings.Count == 0)
        {
            html.Append("<p>No ratings yet.</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th>Date</th><th>Time</th><th>Phase</th><th>Area</th><th>Side</th><th>Rating (0-10)</th></tr></thead>\n<tbody>\n");
        foreach (var r in report.Ratings)
        {
            html.Append("<tr><td>").Append(e.Encode(r.LocalDate))
                .Append("</td><td>").Append(e.Encode(ExportReport.LocalTime(r)))
                .Append("</td><td>").Append(e.Encode(ExportReport.PhaseLabel(r.Phase)))
                .Append("</td><td>").Append(e.Encode(report.AreaLabel(r.Area)))
                .Append("</td><td>").Append(e.Encode(r.Side))
                .Append("</td><td class=\"num\">").Append(r.Rating.ToString(CultureInfo.InvariantCulture))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Place(ExportReport report, string area, string side) =>
        string.IsNullOrEmpty(side) ? report.AreaLabel(area) : $"{report.AreaLabel(area)} ({side})";

    private static string Utc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
