using System.Text.Json.Nodes;
using CoachBot.Testing;

namespace CoachBot.Deploy.Tests;

/// <summary>
/// deploy/azure/main.bicep compiled once by the bicep CLI to an ARM template, shared by the tests
/// of <see cref="AzureTemplateTests"/>. Nothing is deployed.
/// </summary>
public sealed class CompiledAzureTemplate : IAsyncLifetime
{
    private readonly string _output = Directory.CreateTempSubdirectory("coachbot-bicep-").FullName;

    /// <summary>The bicep build run (exit code, warnings and errors on stderr).</summary>
    internal ToolRun Build { get; private set; } = null!;

    /// <summary>The compiled template, or null when the build failed.</summary>
    public JsonObject? Template { get; private set; }

    /// <summary>Every JSON object in the template, modules' nested templates included.</summary>
    public IEnumerable<JsonObject> AllObjects() => Template is null ? [] : Walk(Template);

    /// <summary>Every resource of the given type, at any nesting depth.</summary>
    public IReadOnlyList<JsonObject> Resources(string type) =>
        AllObjects().Where(o => o["type"] is JsonValue t && t.TryGetValue<string>(out var s) && string.Equals(s, type, StringComparison.OrdinalIgnoreCase) && o.ContainsKey("apiVersion")).ToList();

    public async Task InitializeAsync()
    {
        var outFile = Path.Combine(_output, "main.json");
        Build = await ToolRun.StartAsync(
            BicepCli.Locate(),
            ["build", "deploy/azure/main.bicep", "--outfile", outFile],
            RepositoryPaths.Root,
            new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["BICEP_TRACING_ENABLED"] = "false" });
        if (Build.ExitCode == 0 && File.Exists(outFile))
        {
            Template = JsonNode.Parse(await File.ReadAllTextAsync(outFile))!.AsObject();
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }

    private static IEnumerable<JsonObject> Walk(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var o in Walk(child))
                        {
                            yield return o;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        foreach (var o in Walk(child))
                        {
                            yield return o;
                        }
                    }
                }

                break;
        }
    }
}
