using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CoachBot.Dialogs.Catalogs;
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

    /// <summary>Renders <paramref name="report"/> in the person's language; <paramref name="token"/> builds the relative links to the downloads.</summary>
    public static string Render(ExportReport report, string token)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var e = HtmlEncoder.Default;
        var words = report.Content;
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(e.Encode(report.Link.Locale)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>").Append(Say(words, TextKeys.ExportTitle)).Append("</title>\n<style>\n").Append(Styles).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<h1>").Append(Say(words, TextKeys.ExportTitle)).Append("</h1>\n")
            .Append("<p class=\"disclaimer\">").Append(Say(words, TextKeys.ExportDisclaimer)).Append(' ').Append(Say(words, TextKeys.ExportScale)).Append("</p>\n")
            .Append("<p class=\"meta\">").Append(Say(words, TextKeys.ExportGenerated, new { generated = Utc(report.GeneratedAt), expires = Utc(report.Link.ExpiresAt) })).Append("</p>\n");

        AppendSummary(html, report);

        html.Append("<h2>").Append(Say(words, TextKeys.ExportChart)).Append("</h2>\n<img src=\"").Append(ProgressChart.ToDataUri(ProgressChart.Render(report.Ratings, words)))
            .Append("\" width=\"").Append(ProgressChart.Width).Append("\" height=\"").Append(ProgressChart.Height)
            .Append("\" alt=\"").Append(e.Encode(ProgressChart.Describe(report.Ratings, words))).Append("\">\n");

        AppendAreas(html, report, e);

        html.Append("<h2>").Append(Say(words, TextKeys.ExportNotes)).Append("</h2>\n");
        html.Append(string.IsNullOrWhiteSpace(report.Link.Notes)
            ? "<p>" + Say(words, TextKeys.ExportNotesNone) + "</p>\n"
            : $"<p class=\"notes\">{e.Encode(report.Link.Notes)}</p>\n");

        AppendRatings(html, report, e);

        var path = UrlEncoder.Default.Encode(token);
        html.Append("<p class=\"no-print\">").Append(Say(words, TextKeys.ExportDownloads)).Append(" <a href=\"").Append(path).Append("/ratings.csv\">").Append(Say(words, TextKeys.ExportDownloadCsv)).Append("</a> &middot; <a href=\"")
            .Append(path).Append("/fhir.json\">").Append(Say(words, TextKeys.ExportDownloadFhir)).Append("</a></p>\n")
            .Append("<footer><p class=\"disclaimer\">").Append(Say(words, TextKeys.ExportDisclaimer)).Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ExportReport report)
    {
        var words = report.Content;
        var summary = ProgressSummary.From(report.Ratings, words);
        html.Append("<h2>").Append(Say(words, TextKeys.ExportSummary)).Append("</h2>\n<ul>\n<li>")
            .Append(Say(words, TextKeys.ExportSummaryCounts, new { ratings = summary.Ratings, sessions = summary.Sessions, days = summary.Days }));
        if (report.Ratings.Count > 0)
        {
            html.Append(' ').Append(Say(words, TextKeys.ExportSummaryRange, new { first = report.Ratings.Min(r => r.LocalDate), last = report.Ratings.Max(r => r.LocalDate) }));
        }

        html.Append("</li>\n");
        if (summary.AverageBefore is { } before && summary.AverageAfter is { } after)
        {
            html.Append("<li>").Append(Say(words, TextKeys.ExportSummaryPaired, new { paired = summary.PairedSessions, before = PainTrend.Format(before), after = PainTrend.Format(after) })).Append("</li>\n");
        }

        if (summary.UsualPain is { } trend)
        {
            var change = trend.FirstAverage == 0 ? string.Empty : $" ({(trend.Rose ? "+" : trend.LastAverage < trend.FirstAverage ? "-" : string.Empty)}{trend.Percent}%)";
            var values = new
            {
                window = trend.WindowDays,
                first = PainTrend.Format(trend.FirstAverage),
                last = PainTrend.Format(trend.LastAverage),
                change,
                start = summary.Program?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                end = summary.Program?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            html.Append("<li>").Append(Say(words, summary.Program is null ? TextKeys.ExportSummaryUsual : TextKeys.ExportSummaryUsualInProgram, values)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendAreas(StringBuilder html, ExportReport report, HtmlEncoder e)
    {
        var words = report.Content;
        html.Append("<h2>").Append(Say(words, TextKeys.ExportAreas)).Append("</h2>\n");
        var areas = report.Ratings
            .Where(r => r.Phase is PainRatingPhases.Before or PainRatingPhases.After)
            .GroupBy(r => (r.Area, r.Side))
            .Select(g => (Label: report.Place(g.Key.Area, g.Key.Side), Sessions: g.Select(r => r.SessionId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(a => a.Sessions)
            .ThenBy(a => a.Label, StringComparer.Ordinal)
            .ToList();
        if (areas.Count == 0)
        {
            html.Append("<p>").Append(Say(words, TextKeys.ExportAreasNone)).Append("</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var (label, sessions) in areas)
        {
            html.Append("<li>").Append(e.Encode(label)).Append(": ").Append(e.Encode(ProgressSummary.Counted(words, sessions, ProgressSummary.Noun.Session))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendRatings(StringBuilder html, ExportReport report, HtmlEncoder e)
    {
        var words = report.Content;
        html.Append("<h2>").Append(Say(words, TextKeys.ExportRatings)).Append("</h2>\n");
        if (report.Ratings.Count == 0)
        {
            html.Append("<p>").Append(Say(words, TextKeys.ExportRatingsNone)).Append("</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>");
        foreach (var column in new[] { TextKeys.ExportColumnDate, TextKeys.ExportColumnTime, TextKeys.ExportColumnPhase, TextKeys.ExportColumnArea, TextKeys.ExportColumnSide, TextKeys.ExportColumnRating })
        {
            html.Append("<th>").Append(Say(words, column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var r in report.Ratings)
        {
            html.Append("<tr><td>").Append(e.Encode(r.LocalDate))
                .Append("</td><td>").Append(e.Encode(ExportReport.LocalTime(r)))
                .Append("</td><td>").Append(e.Encode(report.PhaseLabel(r.Phase)))
                .Append("</td><td>").Append(e.Encode(report.AreaLabel(r.Area)))
                .Append("</td><td>").Append(e.Encode(report.SideLabel(r.Side)))
                .Append("</td><td class=\"num\">").Append(r.Rating.ToString(CultureInfo.InvariantCulture))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    // A content text, HTML-encoded: a translator's "<" or "&" must not become markup.
    private static string Say(LanguageContent words, string key, object? values = null) =>
        HtmlEncoder.Default.Encode(words.Text(key, values));

    private static string Utc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
