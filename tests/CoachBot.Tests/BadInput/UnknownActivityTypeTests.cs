using System.Net;
using System.Text;
using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.BadInput;

/// <summary>Activity types the coach does not handle: answered 200, no crash, nothing harmful said.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnknownActivityTypeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachBotFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("unknown"));
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("foo")]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("messageDelete")]
    [InlineData("event")]
    public async Task An_activity_type_the_coach_does_not_handle_gets_200_and_no_error_and_the_conversation_goes_on(string type)
    {
        var conversationId = "conv-type-" + Guid.NewGuid().ToString("N");
        var activity = ActivityPosts.Message("hi", conversationId);
        activity["type"] = type;
        activity.Remove("text");
        activity["name"] = "somethingUnknown";
        activity["reactionsAdded"] = new JArray(new JObject { ["type"] = "like" });
        activity["replyToId"] = "an-earlier-message";

        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        var afterwards = await _client.PostForRepliesAsync(ActivityPosts.Message("hi", conversationId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(SessionScript.English.Text(TextKeys.ErrorReset), body, StringComparison.Ordinal);
        Assert.Contains(afterwards, t => t.Contains(SessionScript.Opening(TextKeys.Welcome), StringComparison.Ordinal));
    }
}
