using CoachBot.DirectLine;

namespace CoachBot.WebChat;

/// <summary>
/// Finds the official Web Chat bundle (botframework-webchat's dist/webchat.js) to serve from this
/// host instead of a CDN. In Development it is read from the repository's node_modules, so an
/// npm update shows at once; a build copies it to wwwroot/lib in the output (CoachBot.csproj),
/// which is what a published host serves.
/// </summary>
public sealed class WebChatBundle
{
    /// <summary>The URL the page loads the bundle from.</summary>
    public const string Url = "/webchat/webchat.js";

    /// <summary>Where builds put the copy, relative to the web root or the output folder.</summary>
    public const string CopiedPath = "wwwroot/lib/webchat.js";

    private static readonly string NodeModulesPath = Path.Combine("node_modules", "botframework-webchat", "dist", "webchat.js");

    /// <summary>Creates the bundle's location for <paramref name="environment"/>.</summary>
    public WebChatBundle(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var candidates = new List<string>();
        if (environment.IsDevelopment())
        {
            candidates.AddRange(FoldersUpFrom(environment.ContentRootPath).Select(folder => Path.Combine(folder, NodeModulesPath)));
        }

        candidates.Add(Path.Combine(environment.ContentRootPath, CopiedPath));
        candidates.Add(Path.Combine(AppContext.BaseDirectory, CopiedPath));
        FilePath = candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>The bundle's full path, or null when it is nowhere (npm packages not installed).</summary>
    public string? FilePath { get; }

    private static IEnumerable<string> FoldersUpFrom(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }
}
