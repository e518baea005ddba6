using System.Net;
using System.Text;
using CoachBot.Testing;
using CoachBot.Tests.DirectLine;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.WebChat;

/// <summary>POST /api/directline/token, the page's way to a Direct Line token.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DirectLineTokenEndpointTests(AzuriteFixture azurite)
{
    private const string Secret = "azure-direct-line-secret-never-in-a-browser";

    [Fact]
    public async Task In_production_the_secret_is_exchanged_upstream_and_never_returned()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var factory = ProductionHost(azure.Endpoint);

        using var response = await factory.CreateClient().PostAsync("/api/directline/token", UserBody("dl_person_7"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        var grant = JObject.Parse(body);
        Assert.Equal(azure.IssuedToken, (string?)grant["token"]);
        Assert.Equal(new Uri(azure.Endpoint, "/v3/directline").ToString(), (string?)grant["domain"]);
        var upstream = Assert.Single(azure.Requests);
        Assert.Equal("Bearer " + Secret, upstream.Authorization);
        Assert.Equal("dl_person_7", (string?)JObject.Parse(upstream.Body)["user"]?["id"]);
    }

    [Fact]
    public async Task In_production_an_upstream_failure_is_503_without_the_secret()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        azure.FailWith = HttpStatusCode.Forbidden;
        await using var factory = ProductionHost(azure.Endpoint);

        using var response = await factory.CreateClient().PostAsync("/api/directline/token", UserBody("dl_person_8"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_without_a_secret_the_endpoint_says_it_is_not_configured()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("tok"), new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });

        using var response = await factory.CreateClient().PostAsync("/api/directline/token", UserBody("dl_person_9"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task In_development_the_token_is_for_the_local_Direct_Line_and_carries_the_browsers_user_id()
    {
        await using var host = DirectLineHost.Start(azurite);
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/directline/token", UserBody("dl_kept_in_local_storage"));
        var grant = await DirectLineApi.ReadSuccessAsync(response);
        using var start = await new DirectLineApi(client).StartAsync((string)grant["token"]!);

        Assert.Equal(host.Domain, (string?)grant["domain"]);
        Assert.Equal("dl_kept_in_local_storage", (string?)DirectLineApi.DecodeClaims((string)grant["token"]!)["user"]);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
    }

    [Fact]
    public async Task A_user_id_that_could_not_be_a_storage_key_is_refused()
    {
        await using var host = DirectLineHost.Start(azurite);

        using var response = await host.CreateClient().PostAsync("/api/directline/token", UserBody("dl_../../etc"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private CoachBotFactory ProductionHost(Uri azureEndpoint) =>
        new(azurite.ConnectionString, azurite.UniqueTableName("tok"), new Dictionary<string, string?>
        {
            ["DirectLine:Enabled"] = "false",
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:AzureEndpoint"] = azureEndpoint.ToString(),
        });

    private static StringContent UserBody(string userId) =>
        new(new JObject { ["user"] = new JObject { ["id"] = userId } }.ToString(), Encoding.UTF8, "application/json");
}
