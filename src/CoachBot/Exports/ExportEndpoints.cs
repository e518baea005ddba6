using System.Text;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;

namespace CoachBot.Exports;

/// <summary>
/// The therapist export: GET /exports/{token} (printable HTML), /exports/{token}/ratings.csv and
/// /exports/{token}/fhir.json. The token is the only credential, so an unknown token answers 404
/// and an expired one 410 Gone, both with a short plain message and nothing about the person.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/exports/{token}";

    /// <summary>Maps the three export formats.</summary>
    public static WebApplication MapExports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var exports = app.MapGroup(Prefix);
        exports.MapGet(string.Empty, (HttpContext http, string token, CancellationToken ct) =>
            ServeAsync(http, token, report => Results.Content(ExportHtmlReport.Render(report, token), "text/html; charset=utf-8", Encoding.UTF8), ct));
        exports.MapGet("/ratings.csv", (HttpContext http, string token, CancellationToken ct) =>
            ServeAsync(http, token, report => Results.File(WithByteOrderMark(ExportCsv.Write(report)), "text/csv; charset=utf-8", "pain-ratings.csv"), ct));
        exports.MapGet("/fhir.json", (HttpContext http, string token, CancellationToken ct) =>
            ServeAsync(http, token, report => Results.Content(FhirExport.ToJson(report), "application/fhir+json; charset=utf-8", Encoding.UTF8), ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, string token, Func<ExportReport, IResult> format, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;

        // The log is private: never cached by a browser or proxy, never indexed, never sent on as a referrer.
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = ExportHtmlReport.ContentSecurityPolicy;

        var lookup = await services.GetRequiredService<ExportLinkStore>().FindAsync(token, cancellationToken).ConfigureAwait(false);
        if (lookup.Status is ExportLinkStatus.Unknown or ExportLinkStatus.Expired)
        {
            // No link, so no person's language: the browser's first choice says it.
            var reader = services.GetRequiredService<ContentLibrary>().For(WebChat.BrowserLanguage.Of(http.Request));
            return lookup.Status == ExportLinkStatus.Unknown
                ? Results.Text(reader.Text(TextKeys.ExportLinkUnknown), "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound)
                : Results.Text(reader.Text(TextKeys.ExportLinkExpired), "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status410Gone);
        }

        var link = lookup.Link!;
        var ratings = await services.GetRequiredService<IPainLog>().ListAsync(link.UserKey, cancellationToken).ConfigureAwait(false);
        var content = services.GetRequiredService<ContentLibrary>().For(link.Locale);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return format(new ExportReport(link, ratings, content, now));
    }

    // Excel reads a CSV without a byte-order mark as the local code page and garbles accented notes.
    private static byte[] WithByteOrderMark(string text) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];
}
