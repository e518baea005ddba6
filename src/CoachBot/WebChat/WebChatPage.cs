using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.DirectLine;

namespace CoachBot.WebChat;

/// <summary>
/// The page at / (wwwroot/index.html with its script and styles) and the Web Chat bundle it loads.
/// </summary>
public static partial class WebChatPage
{
    /// <summary>Serves wwwroot with / as index.html, /privacy and /terms, the bundle at <see cref="WebChatBundle.Url"/>, and the token endpoint.</summary>
    public static WebApplication MapWebChatPage(this WebApplication app, bool localDirectLine)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseResponseCompression();
        app.UseStaticFiles();

        // The page itself in the browser's language: its few words are content texts like all
        // the coach says ({{page.disclaimer}} and so on in WebChatPage.html).
        var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WebChat", "WebChatPage.html"));
        var library = app.Services.GetRequiredService<ContentLibrary>();
        app.MapGet("/", (HttpRequest request) =>
        {
            var content = library.For(BrowserLanguage.Of(request));
            var page = Placeholder().Replace(template, m => m.Groups[1].Value == "lang"
                ? content.Language
                : TextEncoder.Encode(content.Text(m.Groups[1].Value)));
            return Results.Content(page, "text/html; charset=utf-8");
        });

        var bundle = new WebChatBundle(app.Environment);
        if (bundle.FilePath is null)
        {
            app.Logger.LogWarning("The Web Chat bundle was not found; the page at / will not load. Run 'npm ci' (build/setup.sh) and build again.");
        }

        app.MapGet(WebChatBundle.Url, (HttpResponse response) =>
        {
            if (bundle.FilePath is null)
            {
                return Results.NotFound();
            }

            // The address carries no version, so the browser keeps the bundle but asks each time
            // whether it changed: an unchanged bundle costs a 304, a new deploy shows at once.
            var file = new FileInfo(bundle.FilePath);
            response.Headers.CacheControl = "no-cache";
            return Results.File(
                file.FullName,
                "text/javascript; charset=utf-8",
                lastModified: file.LastWriteTimeUtc,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\""));
        });
        app.MapWebChatToken(localDirectLine);

        // The addresses the Teams manifest names for its privacy and terms links.
        foreach (var page in new[] { "privacy", "terms" })
        {
            var file = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"), page + ".html");
            app.MapGet("/" + page, () => Results.File(file, "text/html; charset=utf-8"));
        }

        return app;
    }

    // Encodes markup characters only, so "Orientación" stays readable in the page's source.
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    [GeneratedRegex(@"\{\{([a-zA-Z.]+)\}\}", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Placeholder();
}
