using System.Net;
using CoachBot.DirectLine;
using CoachBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.DirectLine;

[Collection(AzuriteCollection.Name)]
public sealed class DirectLineHostingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task When_disabled_the_local_Direct_Line_and_its_Connector_side_do_not_exist()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("dloff"), new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });
        using var client = factory.CreateClient();

        using var generate = await client.PostAsync("/v3/directline/tokens/generate", null);
        using var connector = await client.PostAsync("/v3/conversations/any/activities", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
    }

    [Fact]
    public void It_is_on_by_default_in_Development_and_off_in_Production()
    {
        var defaults = new DirectLineOptions();

        Assert.True(defaults.IsEnabledIn(new Environment("Development")));
        Assert.False(defaults.IsEnabledIn(new Environment("Production")));
        Assert.True(new DirectLineOptions { Enabled = true }.IsEnabledIn(new Environment("Production")));
    }

    [Theory]
    [InlineData("10.1.2.3", false, StatusCodes.Status403Forbidden)]
    [InlineData("10.1.2.3", true, StatusCodes.Status200OK)]
    [InlineData("127.0.0.1", false, StatusCodes.Status200OK)]
    [InlineData("::1", false, StatusCodes.Status200OK)]
    public async Task Callers_from_other_machines_get_403_unless_remote_use_is_allowed(string remoteAddress, bool allowRemote, int expectedStatus)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        http.Connection.LocalIpAddress = IPAddress.Parse("10.9.9.9");
        var filter = new LocalCallerFilter(allowRemote);

        var result = await filter.InvokeAsync(new DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>(Results.Ok()));
        await ((IResult)result!).ExecuteAsync(http);

        Assert.Equal(expectedStatus, http.Response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_left_idle_is_forgotten_and_the_bot_is_told_it_is_gone()
    {
        var clock = new SettableClock();
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "00:10:00" }, clock);
        var api = new DirectLineApi(host.CreateClient());
        var started = await api.StartNewAsync("dl_gone");
        var conversationId = (string)started["conversationId"]!;

        clock.Advance(TimeSpan.FromMinutes(11));
        using var read = await api.GetActivitiesAsync(conversationId, (string)started["token"]!);
        using var botSend = await host.CreateClient().PostAsync($"v3/conversations/{conversationId}/activities", new StringContent(new JObject { ["type"] = "message", ["text"] = "check-in" }.ToString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, botSend.StatusCode);
    }

    [Fact]
    public async Task When_the_bot_refuses_the_activity_the_client_gets_502()
    {
        // With an app id the bot requires channel authentication, which the local Direct Line does not give.
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-password",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
        });
        var api = new DirectLineApi(host.CreateClient());
        var started = await api.StartNewAsync("dl_refused");

        using var post = await api.PostAsync((string)started["conversationId"]!, (string)started["token"]!, DirectLineApi.Message("hello?", "client-502"));

        Assert.Equal(HttpStatusCode.BadGateway, post.StatusCode);
        Assert.Equal("BotError", await DirectLineApi.ReadErrorCodeAsync(post));
    }

    [Fact]
    public async Task An_update_from_the_bot_is_queued_under_the_id_it_replaces()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());
        var started = await api.StartNewAsync("dl_updated");
        var conversationId = (string)started["conversationId"]!;
        using var client = host.CreateClient();
        using var sent = await client.PostAsync($"v3/conversations/{conversationId}/activities", Json(new JObject { ["type"] = "message", ["text"] = "30 seconds left" }));
        var id = (string)(await DirectLineApi.ReadSuccessAsync(sent))["id"]!;

        using var updated = await client.PutAsync($"v3/conversations/{conversationId}/activities/{Uri.EscapeDataString(id)}", Json(new JObject { ["type"] = "message", ["text"] = "10 seconds left" }));
        var activities = await api.WaitForActivityAsync(conversationId, (string)started["token"]!, a => (string?)a["text"] == "10 seconds left", "the update");

        Assert.Equal(id, (string?)(await DirectLineApi.ReadSuccessAsync(updated))["id"]);
        Assert.Equal(id, (string?)activities.Single(a => (string?)a["text"] == "10 seconds left")["id"]);
    }

    private static StringContent Json(JObject body) => new(body.ToString(), System.Text.Encoding.UTF8, "application/json");

    private sealed class Environment(string name) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CoachBot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
