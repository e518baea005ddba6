using System.Text.RegularExpressions;
using Azure.Data.Tables;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>"Delete my data" deletes everything the coach holds about a person, in every table and conversation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class DeleteDataTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _tables = azurite.UniqueTableName("del");
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, _tables);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task After_delete_no_table_holds_a_row_with_the_person_or_their_conversations_and_their_links_are_gone()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "yes", "8am and 7pm");
        await chat.SendAsync("export for my therapist");
        var link = new Uri(LinkPattern().Match(string.Join("\n", await chat.SendAsync("I take warfarin"))).Value);
        var otherChat = new CoachConversation(_host.Client, _host.Channel) { UserId = chat.UserId };
        await otherChat.SendAsync("hi");
        Assert.NotEmpty(await RowsMentioningAsync(chat.UserId, chat.ConversationId, otherChat.ConversationId));

        var ask = await chat.SendAsync("delete my data");
        var done = await chat.SendAsync("yes");

        Assert.Contains(ask, t => t.Contains(Opening(TextKeys.DeleteAsk), StringComparison.Ordinal));
        Assert.Contains(done, t => t.Contains(English.Text(TextKeys.DeleteDone, new { count = 2, links = 1, conversations = 2 }), StringComparison.Ordinal));
        Assert.Empty(await RowsMentioningAsync(chat.UserId, chat.ConversationId, otherChat.ConversationId));
        foreach (var path in new[] { link.PathAndQuery, link.PathAndQuery + "/ratings.csv", link.PathAndQuery + "/fhir.json" })
        {
            using var response = await _host.Client.GetAsync(path);
            Assert.False(response.IsSuccessStatusCode, $"{path} still answers {(int)response.StatusCode}");
            Assert.DoesNotContain("warfarin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task After_delete_the_next_message_starts_afresh_with_the_age_question()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await chat.AnswerAsync("delete my data", "yes");

        var fresh = await chat.SendAsync("hi");

        Assert.Contains(fresh, t => t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
    }

    // Every row of every table this host uses, whose keys or values name the person or one of
    // their conversations.
    private async Task<List<string>> RowsMentioningAsync(params string[] ids)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var found = new List<string>();
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(_tables) >= 0 && t.Name.CompareTo(_tables + "~") < 0))
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var text = string.Join(" ", entity.Select(p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)));
                if (ids.Any(id => text.Contains(id, StringComparison.Ordinal) || text.Contains(id.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)))
                {
                    found.Add($"{table.Name}: {entity.PartitionKey}/{entity.RowKey}");
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"https?://\S+/exports/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
