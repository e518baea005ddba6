using System.Net;
using System.Text;
using CoachBot.Testing;

namespace CoachBot.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class AuthenticationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task With_an_app_id_configured_a_request_without_a_token_gets_401()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("auth"), new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-password",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
        });
        var activity = ActivityPosts.Message("hi", "conv-auth");

        using var response = await factory.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_configured_a_forged_token_gets_401()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("auth"), new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-password",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivityPosts.Message("hi", "conv-forged").ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_the_bot_answers_anonymously_for_local_use()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("anon"));

        var replies = await factory.CreateClient().PostForRepliesAsync(ActivityPosts.Message("hi", "conv-anon"));

        Assert.NotEmpty(replies);
    }
}
