using CoachBot.DirectLine;

namespace CoachBot.WebChat;

/// <summary>
/// The page at / (wwwroot/index.html with its script and styles) and the Web Chat bundle it loads.
/// </summary>
public static class WebChatPage
{
    /// <summary>Serves wwwroot with / as index.html, /privacy and /terms, the bundle at <see cref="WebChatBundle.Url"/>, and the token endpoint.</summary>
    public static WebApplication MapWebChatPage(this WebApplication app, bool localDirectLine)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();

        var bundle = new WebChatBundle(app.Environment);
        if (bundle.FilePath is null)
        {
            app.Logger.LogWarning("The Web Chat bundle was not found; the page at / will not load. Run 'npm ci' (build/setup.sh) and build again.");
        }

        app.MapGet(WebChatBundle.Url, () => bundle.FilePath is null
            ? Results.NotFound()
            : Results.File(bundle.FilePath, "text/javascript; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(bundle.FilePath)));
        app.MapWebChatToken(localDirectLine);

        // The addresses the Teams manifest names for its privacy and terms links.
        foreach (var page in new[] { "privacy", "terms" })
        {
            var file = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"), page + ".html");
            app.MapGet("/" + page, () => Results.File(file, "text/html; charset=utf-8"));
        }

        return app;
    }
}
