using System.Net;
using CoachBot.Testing;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.DirectLine;

[Collection(AzuriteCollection.Name)]
public sealed class DirectLineTokenTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_generated_token_names_its_conversation_and_carries_the_user_id_for_Web_Chat()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());

        var grant = await api.GenerateTokenAsync("dl_returning_person_1");

        var claims = DirectLineApi.DecodeClaims((string)grant["token"]!);
        Assert.Equal("dl_returning_person_1", (string?)claims["user"]);
        Assert.Equal((string?)grant["conversationId"], (string?)claims["conv"]);
        Assert.Equal(1800, (int)grant["expires_in"]!);
    }

    [Fact]
    public async Task A_conversation_starts_once_201_and_then_200_for_the_same_token()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());
        var grant = await api.GenerateTokenAsync("dl_starter");

        using var first = await api.StartAsync((string)grant["token"]!);
        using var again = await api.StartAsync((string)grant["token"]!);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var started = await DirectLineApi.ReadSuccessAsync(first);
        Assert.Equal((string?)grant["conversationId"], (string?)started["conversationId"]);
        Assert.StartsWith("ws://127.0.0.1:", (string?)started["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refreshed_token_works_on_the_same_conversation()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());
        var started = await api.StartNewAsync("dl_refresher");

        using var refresh = await api.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", (string)started["token"]!);
        var refreshed = await DirectLineApi.ReadSuccessAsync(refresh);
        using var read = await api.GetActivitiesAsync((string)started["conversationId"]!, (string)refreshed["token"]!);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("dl_refresher", (string?)DirectLineApi.DecodeClaims((string)refreshed["token"]!)["user"]);
    }

    [Fact]
    public async Task An_expired_token_gets_403_TokenExpired_and_cannot_be_refreshed()
    {
        var clock = new SettableClock();
        await using var host = DirectLineHost.Start(azurite, time: clock);
        var api = new DirectLineApi(host.CreateClient());
        var started = await api.StartNewAsync("dl_sleeper");

        clock.Advance(TimeSpan.FromMinutes(31));
        using var read = await api.GetActivitiesAsync((string)started["conversationId"]!, (string)started["token"]!);
        using var refresh = await api.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", (string)started["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineApi.ReadErrorCodeAsync(read));
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_used_on_another_conversation_gets_403()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());
        var mine = await api.StartNewAsync("dl_alice");
        var theirs = await api.StartNewAsync("dl_bob");

        using var read = await api.GetActivitiesAsync((string)theirs["conversationId"]!, (string)mine["token"]!);
        using var post = await api.PostAsync((string)theirs["conversationId"]!, (string)mine["token"]!, DirectLineApi.Message("hi bob", "c1"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task A_missing_or_forged_token_gets_401()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());
        var started = await api.StartNewAsync("dl_victim");
        var conversationId = (string)started["conversationId"]!;
        var parts = ((string)started["token"]!).Split('.');
        var otherUser = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            DirectLineApi.DecodeClaims((string)started["token"]!).ToString().Replace("dl_victim", "dl_mallory", StringComparison.Ordinal)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var forged = $"{parts[0]}.{otherUser}.{parts[2]}";

        using var missing = await api.GetActivitiesAsync(conversationId, token: null);
        using var tampered = await api.GetActivitiesAsync(conversationId, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.NotNull(await DirectLineApi.ReadErrorCodeAsync(tampered));
    }

    [Fact]
    public async Task With_a_local_secret_configured_tokens_need_it_and_unknown_conversations_get_404()
    {
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["DirectLine:LocalSecret"] = "local-secret-for-tests" });
        var api = new DirectLineApi(host.CreateClient());

        using var withoutSecret = await api.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null);
        using var withSecret = await api.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", "local-secret-for-tests");
        using var unknown = await api.GetActivitiesAsync("no-such-conversation", "local-secret-for-tests");

        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ConversationNotFound", await DirectLineApi.ReadErrorCodeAsync(unknown));
    }

    [Fact]
    public async Task Without_the_secret_a_user_id_is_accepted_only_with_an_earlier_token_issued_to_that_user()
    {
        var clock = new SettableClock();
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["DirectLine:LocalSecret"] = string.Empty }, clock);
        var api = new DirectLineApi(host.CreateClient());

        using var impostor = await api.GenerateTokenAsync("dl_victim", credential: null);
        using var impostorStart = await api.SendAsync(HttpMethod.Post, "v3/directline/conversations", null, new JObject { ["user"] = new JObject { ["id"] = "dl_victim" } });
        using var fresh = await api.GenerateTokenAsync(userId: null, credential: null);
        var earlier = (string)(await DirectLineApi.ReadSuccessAsync(fresh))["token"]!;
        var freshUser = (string)DirectLineApi.DecodeClaims(earlier)["user"]!;

        clock.Advance(TimeSpan.FromDays(3));
        using var returning = await api.GenerateTokenAsync(freshUser, earlier);
        using var wrongPerson = await api.GenerateTokenAsync("dl_victim", earlier);

        Assert.Equal(HttpStatusCode.Forbidden, impostor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, impostorStart.StatusCode);
        Assert.StartsWith("dl_", freshUser, StringComparison.Ordinal);
        Assert.NotEqual("dl_victim", freshUser);
        var again = await DirectLineApi.ReadSuccessAsync(returning);
        Assert.Equal(freshUser, (string?)DirectLineApi.DecodeClaims((string)again["token"]!)["user"]);
        Assert.Equal(HttpStatusCode.Forbidden, wrongPerson.StatusCode);
    }

    [Fact]
    public async Task With_the_secret_configured_an_earlier_token_still_gets_its_own_user_a_new_token()
    {
        await using var host = DirectLineHost.Start(azurite);
        var api = new DirectLineApi(host.CreateClient());
        var first = await api.GenerateTokenAsync("dl_comes_back");

        using var again = await api.GenerateTokenAsync(userId: null, (string)first["token"]!);
        using var asSomeoneElse = await api.GenerateTokenAsync("dl_someone_else", (string)first["token"]!);

        var grant = await DirectLineApi.ReadSuccessAsync(again);
        Assert.Equal("dl_comes_back", (string?)DirectLineApi.DecodeClaims((string)grant["token"]!)["user"]);
        Assert.NotEqual((string?)first["conversationId"], (string?)grant["conversationId"]);
        Assert.Equal(HttpStatusCode.Forbidden, asSomeoneElse.StatusCode);
    }
}
