using System.Net;
using System.Text;
using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class MessagesEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachBotFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("msgs"));
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_first_message_gets_a_welcome_that_says_what_the_coach_is_not()
    {
        var replies = await _client.PostForRepliesAsync(ActivityPosts.Message("hi", "conv-welcome"));

        var welcome = replies[0];
        Assert.Contains(Opening(TextKeys.Welcome), welcome, StringComparison.Ordinal);

        // What the coach is not is this test's point, so it stays in words: a rewording must keep it.
        Assert.Contains("not medical advice or a diagnosis", welcome, StringComparison.Ordinal);
        Assert.Contains(Opening(TextKeys.AgeAsk), replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_added_to_a_conversation_is_welcomed_once_even_when_they_then_write()
    {
        var onJoin = await _client.PostForRepliesAsync(ActivityPosts.MemberAdded("conv-join"));
        var onFirstMessage = await _client.PostForRepliesAsync(ActivityPosts.Message("hello", "conv-join"));

        Assert.Contains(Opening(TextKeys.Welcome), onJoin[0], StringComparison.Ordinal);
        Assert.DoesNotContain(onFirstMessage, text => text.Contains(Opening(TextKeys.Welcome), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_being_added_to_a_conversation_does_not_greet_nobody()
    {
        var activity = ActivityPosts.MemberAdded("conv-bot-only", userId: "coachbot");

        var replies = await _client.PostForRepliesAsync(activity);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Malformed_json_gets_400_not_500()
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_over_256_KB_gets_413()
    {
        var activity = ActivityPosts.Message(new string('a', 300 * 1024), "conv-big");

        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_storage_reachable()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"healthy\",\"storage\":\"reachable\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_503_when_storage_is_unreachable()
    {
        var nowhere = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1;";
        await using var factory = new CoachBotFactory(nowhere, "state");

        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("{\"status\":\"unhealthy\",\"storage\":\"unreachable\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_turn_that_fails_because_storage_is_down_tells_the_person_and_answers_200()
    {
        var nowhere = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1;";
        await using var factory = new CoachBotFactory(nowhere, "state");

        var replies = await factory.CreateClient().PostForRepliesAsync(ActivityPosts.Message("hi", "conv-down"));

        // Storage not answering is said as it is, and nothing was reset: sending again will work.
        Assert.Equal(SessionScript.English.Text(TextKeys.ErrorStorage), Assert.Single(replies));
    }

    [Theory]
    [InlineData("https://attacker.example/collect")]
    [InlineData("http://10.0.0.5:8080/api")]
    [InlineData("file:///etc/passwd")]
    [InlineData(null)]
    public async Task Without_channel_authentication_a_reply_address_off_this_machine_is_refused(string? serviceUrl)
    {
        var activity = ActivityPosts.Message("hi", "conv-far-" + Guid.NewGuid().ToString("N"));
        activity["serviceUrl"] = serviceUrl;

        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bot:AllowedServiceUrls", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_address_listed_in_the_settings_is_accepted()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("msgs"), new Dictionary<string, string?> { ["Bot:AllowedServiceUrls"] = "https://smba.trafficmanager.net/" });
        var activity = ActivityPosts.Message("hi", "conv-listed");
        activity["serviceUrl"] = "https://smba.trafficmanager.net/emea/";

        var replies = await factory.CreateClient().PostForRepliesAsync(activity);

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
    }
}
