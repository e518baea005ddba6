using System.IO.Compression;
using System.Text.Json.Nodes;
using CoachBot.Testing;

namespace CoachBot.Deploy.Tests;

/// <summary>deploy/teams/package.sh: the zip that is uploaded to Teams.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "6a1c2b9e-0d3f-4a51-9c1e-2b7f3d8e4a10";

    private readonly string _scratch = Directory.CreateTempSubdirectory("coachbot-package-").FullName;

    [Fact]
    public async Task The_package_holds_exactly_the_manifest_and_the_two_icons_at_its_root_with_the_app_id_filled_in()
    {
        var zip = Path.Combine(_scratch, "CoachBot.zip");

        var run = await PackageAsync([AppId, "https://coachbot-test.azurewebsites.net/"], zip);

        Assert.True(run.ExitCode == 0, run.Output);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        var manifestText = new StreamReader(archive.GetEntry("manifest.json")!.Open()).ReadToEnd();
        Assert.DoesNotContain("${{", manifestText);
        var manifest = JsonNode.Parse(manifestText)!;
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Contains("coachbot-test.azurewebsites.net", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("https://coachbot-test.azurewebsites.net/", (string?)manifest["developer"]!["websiteUrl"]);
    }

    [Fact]
    public async Task The_package_script_takes_the_app_id_from_MicrosoftAppId_when_no_argument_is_given()
    {
        var zip = Path.Combine(_scratch, "FromEnvironment.zip");

        var run = await PackageAsync([], zip, new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId });

        Assert.True(run.ExitCode == 0, run.Output);
        using var archive = ZipFile.OpenRead(zip);
        var manifest = JsonNode.Parse(archive.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task The_package_script_refuses_an_app_id_that_is_not_a_guid_and_writes_nothing()
    {
        var zip = Path.Combine(_scratch, "Refused.zip");

        var run = await PackageAsync(["not-a-guid"], zip);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("GUID", run.StandardError);
        Assert.False(File.Exists(zip));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static Task<ToolRun> PackageAsync(string[] arguments, string zip, Dictionary<string, string?>? environment = null)
    {
        environment ??= new Dictionary<string, string?> { ["MicrosoftAppId"] = null };
        environment["TEAMS_PACKAGE_OUT"] = zip;
        environment.TryAdd("BOT_DOMAIN", null);
        return ToolRun.StartAsync("bash", ["deploy/teams/package.sh", .. arguments], RepositoryPaths.Root, environment);
    }
}
