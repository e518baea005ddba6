using Azure.Data.Tables;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Storage;
using CoachBot.Testing;
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

        var replies = await client.PostForRepliesAsync(install);

        Assert.Contains(Opening(TextKeys.Welcome), replies[0], StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
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
