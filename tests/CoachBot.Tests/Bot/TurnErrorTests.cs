using Azure.Data.Tables;
using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Storage;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;

namespace CoachBot.Tests.Bot;

[Collection(AzuriteCollection.Name)]
public sealed class TurnErrorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_corrupt_dialog_state_is_cleared_so_the_conversation_does_not_loop_on_the_error()
    {
        var tables = azurite.UniqueTableName("er");
        await using var host = await CoachHost.StartAsync(azurite, tables);
        var chat = host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        // Something wrote state this version cannot read (a bad deploy, a manual edit).
        var state = new TableClient(azurite.ConnectionString, tables + "State");
        var key = TableStorage.EntityKey($"test/conversations/{chat.ConversationId}");
        await state.UpsertEntityAsync(new TableEntity(key, key) { ["Json0"] = "{ this is not json", ["Chunks"] = 1 });

        var failed = await chat.SendAsync("neck");
        var recovered = await chat.SendAsync("hi");

        Assert.Equal([SessionScript.English.Text(TextKeys.ErrorReset)], failed);
        Assert.Contains(recovered, t => t.Contains(SessionScript.Opening(TextKeys.AreaAsk), StringComparison.Ordinal) || t.Contains(SessionScript.Opening(TextKeys.Welcome), StringComparison.Ordinal));
        Assert.DoesNotContain(recovered, t => t == SessionScript.English.Text(TextKeys.ErrorReset));
    }
}
