using System.Text.Json.Nodes;
using CoachBot.Testing;

namespace CoachBot.Deploy.Tests;

/// <summary>
/// deploy/teams/manifest.json against the official Teams JSON schema, offline: the schemas ship
/// in the npm package @microsoft/app-manifest, and deploy/teams/validate.mjs applies the one of
/// the version the manifest declares.
/// </summary>
public sealed class TeamsManifestTests : IDisposable
{
    private static readonly string TeamsFolder = Path.Combine(RepositoryPaths.Root, "deploy", "teams");
    private static readonly string ManifestPath = Path.Combine(TeamsFolder, "manifest.json");

    private readonly string _scratch = Directory.CreateTempSubdirectory("coachbot-manifest-").FullName;

    [Fact]
    public async Task The_committed_manifest_validates_against_the_official_schema_of_its_declared_version()
    {
        var run = await ValidateAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("valid against the Teams manifest schema v1.", run.StandardOutput);
    }

    [Fact]
    public void The_manifest_declares_the_newest_schema_version_that_ships_offline()
    {
        var schemas = Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams");
        var newest = Directory.GetDirectories(schemas, "v*")
            .Select(Path.GetFileName)
            .Where(name => name != "vDevPreview" && Version.TryParse(name![1..], out _))
            .Select(name => Version.Parse(name![1..]))
            .Max();

        var manifest = ReadManifest();

        Assert.Equal(newest!.ToString(), (string?)manifest["manifestVersion"]);
        Assert.Contains($"/v{newest}/", (string?)manifest["$schema"]);
    }

    [Fact]
    public void The_manifest_is_a_personal_bot_that_says_it_is_not_medical_advice()
    {
        var manifest = ReadManifest();
        var bot = manifest["bots"]![0]!;

        Assert.Equal("CoachBot", (string?)manifest["name"]!["short"]);
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.Equal("${{BOT_ID}}", (string?)bot["botId"]);
        foreach (var text in new[] { (string?)manifest["description"]!["short"], (string?)manifest["description"]!["full"] })
        {
            Assert.Contains("muscle knots", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("not medical advice", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("diagnos", (string?)manifest["description"]!["full"], StringComparison.OrdinalIgnoreCase);
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]).ToList();
        Assert.Equal(["help", "start over", "show my progress", "export for my therapist", "delete my data"], commands);
        Assert.NotEmpty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public async Task A_manifest_without_the_bot_id_is_rejected_with_a_message_naming_botId()
    {
        var broken = WriteBrokenCopy(m => m["bots"]![0]!.AsObject().Remove("botId"));

        var run = await ValidateAsync(broken);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("botId", run.StandardError);
    }

    [Fact]
    public async Task A_manifest_whose_bot_id_is_not_a_guid_is_rejected_with_a_message_naming_botId()
    {
        var broken = WriteBrokenCopy(m => m["bots"]![0]!["botId"] = "coachbot");

        var run = await ValidateAsync(broken);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("/bots/0/botId", run.StandardError);
    }

    [Fact]
    public async Task A_manifest_with_a_version_that_is_not_semver_is_rejected_with_a_message_naming_version()
    {
        var broken = WriteBrokenCopy(m => m["version"] = "1.0");

        var run = await ValidateAsync(broken);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("/version", run.StandardError);
    }

    [Fact]
    public async Task A_manifest_declaring_a_schema_version_that_does_not_exist_is_rejected_with_a_message_naming_manifestVersion()
    {
        var broken = WriteBrokenCopy(m => m["manifestVersion"] = "1.99");

        var run = await ValidateAsync(broken);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("manifestVersion", run.StandardError);
    }

    [Fact]
    public async Task A_manifest_with_a_property_the_schema_does_not_know_is_rejected()
    {
        var broken = WriteBrokenCopy(m => m["botName"] = "CoachBot");

        var run = await ValidateAsync(broken);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("botName", run.StandardError);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static JsonObject ReadManifest() => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

    private static Task<ToolRun> ValidateAsync(params string[] arguments) =>
        ToolRun.StartAsync("node", ["deploy/teams/validate.mjs", .. arguments], RepositoryPaths.Root);

    /// <summary>Copies the manifest and its icons to a scratch folder, with one change.</summary>
    private string WriteBrokenCopy(Action<JsonObject> breakIt)
    {
        var manifest = ReadManifest();
        breakIt(manifest);
        var path = Path.Combine(_scratch, "manifest.json");
        File.WriteAllText(path, manifest.ToJsonString());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            File.Copy(Path.Combine(TeamsFolder, icon), Path.Combine(_scratch, icon), overwrite: true);
        }

        return path;
    }
}
