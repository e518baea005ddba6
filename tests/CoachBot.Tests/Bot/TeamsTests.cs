using Azure.Data.Tables;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Storage;
using CoachBot.Testing;
using CoachBot.Waterfall.Choices;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Bot;

/// <summary>
/// Teams-shaped activities (Teams itself cannot run here: these are the payloads it sends, with
/// channelId msteams, Teams channelData and the clientInfo entity) through the real host.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Installing_the_app_in_personal_scope_greets_and_remembers_the_conversation_and_time_zone()
    {
        var table = azurite.UniqueTableName("teams");
        await using var factory = new CoachBotFactory(azurite.ConnectionString, table, TeamsSettings);
        var client = factory.CreateClient();
        var install = TeamsActivity("installationUpdate");
        install["action"] = "add";

        var replies = await client.PostForActivitiesAsync(install);

        // One short welcome card (title, welcome, disclaimer), then the first question as a plain
        // message: Teams shows suggested actions only on a message without attachments.
        Assert.Equal(2, replies.Count);
        var card = replies[0]["attachments"]!.Single(a => (string?)a["contentType"] == AdaptiveCard.ContentType)["content"]!;
        var english = factory.Services.GetRequiredService<ContentLibrary>().For("en-GB");
        Assert.Equal([english.Text(TextKeys.WelcomeTitle), .. english.Text(TextKeys.Welcome).Split("\n\n")], card["body"]!.Select(e => (string?)e["text"]));
        Assert.Equal(english.Text(TextKeys.Welcome).Split("\n\n")[0], (string?)replies[0]["summary"]);
        Assert.Equal(english.Text(TextKeys.AgeAsk), (string?)replies[1]["text"]);
        Assert.Equal(english.Routine.Age.Groups.Select(g => g.Label), replies[1]["suggestedActions"]!["actions"]!.Select(a => (string?)a["title"]));
        Assert.True(replies[1]["attachments"] is null or JArray { Count: 0 }, replies[1].ToString());
        var profile = await ReadProfileAsync(new TableStorage(new TableClient(azurite.ConnectionString, table)));
        Assert.Equal("a:1personal-chat", profile.ConversationReference?.Conversation?.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", profile.ConversationReference?.ServiceUrl);
        Assert.Equal("Europe/Berlin", profile.TimeZone);
    }

    [Fact]
    public async Task A_Teams_message_after_install_is_not_welcomed_twice()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("teams"), TeamsSettings);
        var client = factory.CreateClient();
        var install = TeamsActivity("installationUpdate");
        install["action"] = "add";
        await client.PostForRepliesAsync(install);
        var message = TeamsActivity("message");
        message["text"] = "I'm 40";

        var replies = await client.PostForRepliesAsync(message);

        Assert.DoesNotContain(replies, r => r.Contains(Opening(TextKeys.Welcome), StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal));
    }

    // Teams' connector is not on this machine: without channel authentication it must be listed.
    private static readonly Dictionary<string, string?> TeamsSettings = new() { ["Bot:AllowedServiceUrls"] = "https://smba.trafficmanager.net/" };

    private static JObject TeamsActivity(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "en-GB",
        ["from"] = new JObject { ["id"] = "29:teams-user", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000aa", ["name"] = "Alex" },
        ["recipient"] = new JObject { ["id"] = "28:coachbot", ["name"] = "CoachBot" },
        ["conversation"] = new JObject { ["id"] = "a:1personal-chat", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" } },
        ["entities"] = new JArray(new JObject { ["type"] = "clientInfo", ["locale"] = "en-GB", ["country"] = "DE", ["platform"] = "Web", ["timezone"] = "Europe/Berlin" }),
    };

    private static async Task<CoachProfile> ReadProfileAsync(TableStorage storage)
    {
        var state = (IDictionary<string, object>)(await storage.ReadAsync(["msteams/users/29:teams-user"]))["msteams/users/29:teams-user"];
        return (CoachProfile)state[CoachProfile.PropertyName];
    }
}
