using System.Net;
using System.Text;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using Newtonsoft.Json.Linq;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.BadInput;

/// <summary>Activities without the ids every channel sends: a clear 400, never a 500.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MissingIdsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachBotFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("missing"));
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("no conversation", "conversation.id")]
    [InlineData("empty conversation id", "conversation.id")]
    [InlineData("conversation id not a string", "conversation.id")]
    [InlineData("no from", "from.id")]
    [InlineData("empty from id", "from.id")]
    [InlineData("not an object", "activity")]
    public async Task An_activity_without_a_conversation_or_sender_id_gets_a_clear_400(string what, string named)
    {
        var activity = ActivityPosts.Message("hi", "conv-missing-" + Guid.NewGuid().ToString("N"));
        JToken body = activity;
        switch (what)
        {
            case "no conversation":
                activity.Remove("conversation");
                break;
            case "empty conversation id":
                activity["conversation"] = new JObject { ["id"] = "" };
                break;
            case "conversation id not a string":
                activity["conversation"] = new JObject { ["id"] = new JObject() };
                break;
            case "no from":
                activity.Remove("from");
                break;
            case "empty from id":
                activity["from"] = new JObject { ["id"] = " " };
                break;
            case "not an object":
                body = new JArray(activity);
                break;
        }

        using var response = await _client.PostAsync("/api/messages", new StringContent(body.ToString(), Encoding.UTF8, "application/json"));
        var error = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("BadArgument", (string?)error["error"]?["code"]);
        Assert.Contains(named, (string?)error["error"]?["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_activity_still_reaches_the_coach()
    {
        var replies = await _client.PostForRepliesAsync(ActivityPosts.Message("hi", "conv-complete-" + Guid.NewGuid().ToString("N")));

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.Welcome), StringComparison.Ordinal));
    }
}
