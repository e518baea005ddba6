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
    public async Task In_production_the_secret_is_exchanged_upstream_for_the_identitys_user_and_never_returned()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var factory = ProductionHost(azure.Endpoint);
        using var client = factory.CreateClient();

        var first = await RequestTokenAsync(client, identity: null);
        var again = await RequestTokenAsync(client, (string)first["identity"]!);

        Assert.DoesNotContain(Secret, first.ToString(), StringComparison.Ordinal);
        Assert.Equal(azure.IssuedToken, (string?)first["token"]);
        Assert.Equal(new Uri(azure.Endpoint, "/v3/directline").ToString(), (string?)first["domain"]);
        Assert.All(azure.Requests, upstream => Assert.Equal("Bearer " + Secret, upstream.Authorization));
        var upstreamUsers = azure.Requests.Select(upstream => (string?)JObject.Parse(upstream.Body)["user"]?["id"]).ToList();
        Assert.Equal([(string?)first["userId"], (string?)first["userId"]], upstreamUsers);
        Assert.Equal((string?)first["userId"], (string?)again["userId"]);
    }

    [Fact]
    public async Task In_production_a_user_id_the_page_merely_names_is_not_passed_upstream()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var factory = ProductionHost(azure.Endpoint);

        using var response = await factory.CreateClient().PostAsync("/api/directline/token", UserBody("dl_person_7"));

        var grant = await DirectLineApi.ReadSuccessAsync(response);
        var upstream = Assert.Single(azure.Requests);
        Assert.NotEqual("dl_person_7", (string?)JObject.Parse(upstream.Body)["user"]?["id"]);
        Assert.Equal((string?)grant["userId"], (string?)JObject.Parse(upstream.Body)["user"]?["id"]);
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
    public async Task In_development_the_token_is_for_the_local_Direct_Line_and_a_returning_page_keeps_its_user()
    {
        await using var host = DirectLineHost.Start(azurite);
        using var client = host.CreateClient();

        var first = await RequestTokenAsync(client, identity: null);
        var again = await RequestTokenAsync(client, (string)first["identity"]!);
        using var start = await new DirectLineApi(client).StartAsync((string)again["token"]!);

        Assert.Equal(host.Domain, (string?)first["domain"]);
        Assert.StartsWith("dl_", (string?)first["userId"], StringComparison.Ordinal);
        Assert.Equal((string?)first["userId"], (string?)DirectLineApi.DecodeClaims((string)first["token"]!)["user"]);
        Assert.Equal((string?)first["userId"], (string?)DirectLineApi.DecodeClaims((string)again["token"]!)["user"]);
        Assert.NotEqual((string?)first["conversationId"], (string?)again["conversationId"]);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
    }

    [Fact]
    public async Task A_named_or_forged_identity_gets_a_new_person_instead_of_someone_elses()
    {
        await using var host = DirectLineHost.Start(azurite);
        using var client = host.CreateClient();
        await using var otherHost = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["DirectLine:IdentityKey"] = "another hosts key" });
        var signedElsewhere = (string)(await RequestTokenAsync(otherHost.CreateClient(), identity: null))["identity"]!;
        var victim = (string)(await RequestTokenAsync(client, identity: null))["userId"]!;
        var victimPart = Base64Url(victim);

        using var named = await client.PostAsync("/api/directline/token", UserBody(victim));
        var forged = await RequestTokenAsync(client, $"v1.{victimPart}.{signedElsewhere.Split('.')[2]}");
        var foreign = await RequestTokenAsync(client, signedElsewhere);
        var garbage = await RequestTokenAsync(client, "v1.not base64.!!");

        var users = new[] { (string?)(await DirectLineApi.ReadSuccessAsync(named))["userId"], (string?)forged["userId"], (string?)foreign["userId"], (string?)garbage["userId"] };
        Assert.DoesNotContain(victim, users);
        Assert.Equal(4, users.Distinct().Count());
    }

    [Fact]
    public async Task An_identity_holds_after_the_host_restarts_because_its_key_is_kept_in_storage()
    {
        string identity, userId;
        await using (var before = DirectLineHost.Start(azurite))
        {
            var grant = await RequestTokenAsync(before.CreateClient(), identity: null);
            (identity, userId) = ((string)grant["identity"]!, (string)grant["userId"]!);
        }

        await using var after = DirectLineHost.Start(azurite);
        var again = await RequestTokenAsync(after.CreateClient(), identity);

        Assert.Equal(userId, (string?)again["userId"]);
        Assert.Equal(userId, (string?)DirectLineApi.DecodeClaims((string)again["token"]!)["user"]);
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

    private static async Task<JObject> RequestTokenAsync(HttpClient client, string? identity)
    {
        var body = identity is null ? new JObject() : new JObject { ["identity"] = identity };
        using var response = await client.PostAsync("/api/directline/token", new StringContent(body.ToString(), Encoding.UTF8, "application/json"));
        return await DirectLineApi.ReadSuccessAsync(response);
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
