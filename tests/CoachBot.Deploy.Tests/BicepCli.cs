using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Testing;

namespace CoachBot.Deploy.Tests;

/// <summary>
/// Finds the bicep CLI that restore downloads for this test project (the PackageDownload of
/// Azure.Bicep.CommandLine.linux-x64 in CoachBot.Deploy.Tests.csproj) in the NuGet package folder.
/// </summary>
internal static partial class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    /// <summary>The full path of the bicep executable, made executable if the package lost its mode bits.</summary>
    public static string Locate()
    {
        var version = DeclaredVersion();
        var candidates = PackageFolders()
            .Select(folder => Path.Combine(folder, PackageId, version, "tools", "bicep"))
            .ToList();
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The bicep CLI {version} was not found; restore tests/CoachBot.Deploy.Tests first. Looked in: {string.Join(", ", candidates)}");

        // NuGet extracts without Unix modes on some setups: make sure the binary can run.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }

    /// <summary>The version pinned by the PackageDownload in the test project.</summary>
    private static string DeclaredVersion()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Deploy.Tests", "CoachBot.Deploy.Tests.csproj"));
        var match = PackageDownload().Match(project);
        Assert.True(match.Success, "CoachBot.Deploy.Tests.csproj has no PackageDownload of Azure.Bicep.CommandLine.linux-x64 with an exact [x.y.z] version.");
        return match.Groups["version"].Value;
    }

    /// <summary>Package folders restore used (project.assets.json), then NUGET_PACKAGES, then the default.</summary>
    private static IEnumerable<string> PackageFolders()
    {
        var assets = Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Deploy.Tests", "obj", "project.assets.json");
        if (File.Exists(assets))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(assets));
            if (document.RootElement.TryGetProperty("packageFolders", out var folders))
            {
                foreach (var folder in folders.EnumerateObject())
                {
                    yield return folder.Name;
                }
            }
        }

        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured)
        {
            yield return configured;
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    [GeneratedRegex("""<PackageDownload\s+Include="Azure\.Bicep\.CommandLine\.linux-x64"\s+Version="\[(?<version>[^\]]+)\]"\s*/>""", RegexOptions.IgnoreCase)]
    private static partial Regex PackageDownload();
}
