using System.Text.Json.Nodes;
using CoachBot.Testing;

namespace CoachBot.Deploy.Tests;

/// <summary>
/// deploy/azure/main.bicep, compiled offline by the bicep CLI (NuGet package
/// Azure.Bicep.CommandLine.linux-x64). These check what the template declares; they deploy nothing.
/// </summary>
public sealed class AzureTemplateTests(CompiledAzureTemplate compiled) : IClassFixture<CompiledAzureTemplate>
{
    [Fact]
    public void The_Bicep_compiles_without_errors_or_warnings()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Output);
        Assert.NotNull(compiled.Template);
        Assert.DoesNotContain(": Error ", compiled.Build.StandardError);
        Assert.DoesNotContain(": Warning ", compiled.Build.StandardError);
    }

    [Fact]
    public void The_bot_has_the_Teams_and_Direct_Line_channels()
    {
        var channels = compiled.Resources("Microsoft.BotService/botServices/channels")
            .Select(c => (string?)c["properties"]?["channelName"])
            .ToList();

        Assert.Contains("MsTeamsChannel", channels);
        Assert.Contains("DirectLineChannel", channels);
    }

    [Fact]
    public void The_bot_authenticates_as_a_user_assigned_managed_identity()
    {
        var bot = Assert.Single(compiled.Resources("Microsoft.BotService/botServices"));
        var properties = bot["properties"]!.AsObject();

        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.True(properties.ContainsKey("msaAppMSIResourceId"));
        Assert.True(properties.ContainsKey("msaAppTenantId"));
        // The bot module receives its endpoint from main.bicep: https://<app host>/api/messages.
        var endpoint = compiled.AllObjects()
            .Select(o => o["endpoint"] is JsonObject parameter ? parameter["value"] : null)
            .OfType<JsonValue>()
            .Select(v => (string?)v)
            .Single();
        Assert.StartsWith("[format('https://{0}/api/messages'", endpoint);
    }

    [Fact]
    public void The_app_settings_use_the_managed_identity_and_carry_no_password()
    {
        var settings = AppSettings();

        Assert.Equal("UserAssignedMSI", (string?)settings["MicrosoftAppType"]);
        Assert.Contains("clientId", (string?)settings["MicrosoftAppId"]);
        Assert.Contains("tenantId", (string?)settings["MicrosoftAppTenantId"]);
        Assert.Equal("Production", (string?)settings["ASPNETCORE_ENVIRONMENT"]);
        foreach (var name in new[] { "APPLICATIONINSIGHTS_CONNECTION_STRING", "ConnectionStrings__Tables", "DirectLine__Secret" })
        {
            Assert.True(settings.ContainsKey(name), $"app setting {name} is missing");
        }

        Assert.DoesNotContain(settings, s => s.Key.Contains("Password", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(
            compiled.AllObjects().SelectMany(o => o.Select(p => p.Key)),
            key => key.Contains("MicrosoftAppPassword", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_web_app_runs_dotnet_10_on_Linux_over_HTTPS_with_a_health_check_and_WebSockets()
    {
        var site = Assert.Single(compiled.Resources("Microsoft.Web/sites"));
        var plan = Assert.Single(compiled.Resources("Microsoft.Web/serverfarms"));
        var config = site["properties"]!["siteConfig"]!;

        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
    }

    [Fact]
    public void The_storage_account_has_the_coach_tables_TLS_1_2_and_no_public_blob_access()
    {
        var account = Assert.Single(compiled.Resources("Microsoft.Storage/storageAccounts"));
        var tables = compiled.AllObjects()
            .Where(o => o["type"] is JsonValue t && (string?)t == "Microsoft.Storage/storageAccounts/tableServices/tables")
            .ToList();
        var tableNames = compiled.Template!["variables"]!["tableNames"]!.AsArray().Select(n => (string?)n).ToList();

        Assert.Equal("StorageV2", (string?)account["kind"]);
        Assert.Equal("TLS1_2", (string?)account["properties"]!["minimumTlsVersion"]);
        Assert.False((bool)account["properties"]!["allowBlobPublicAccess"]!);
        Assert.NotEmpty(tables);
        Assert.Equal(["BotState", "PainRatings", "CheckIns", "ReleaseTimers"], tableNames);
    }

    [Fact]
    public void Application_Insights_is_workspace_based()
    {
        var component = Assert.Single(compiled.Resources("Microsoft.Insights/components"));

        Assert.Single(compiled.Resources("Microsoft.OperationalInsights/workspaces"));
        Assert.NotNull(component["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void The_template_outputs_the_app_url_the_bot_name_and_the_identity_client_id()
    {
        var outputs = compiled.Template!["outputs"]!.AsObject();

        Assert.True(outputs.ContainsKey("appUrl"));
        Assert.True(outputs.ContainsKey("botName"));
        Assert.True(outputs.ContainsKey("identityClientId"));
    }

    [Fact]
    public void Every_parameter_in_the_parameters_file_is_a_parameter_of_the_template()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "azure", "main.parameters.json")))!;
        var declared = compiled.Template!["parameters"]!.AsObject();

        foreach (var (name, _) in file["parameters"]!.AsObject())
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare");
        }
    }

    private JsonObject AppSettings()
    {
        var config = compiled.Resources("Microsoft.Web/sites/config")
            .Single(c => ((string?)c["name"])?.Contains("appsettings", StringComparison.Ordinal) == true);
        return config["properties"]!.AsObject();
    }
}
