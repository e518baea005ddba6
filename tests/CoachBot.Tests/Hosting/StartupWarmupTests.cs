using Azure.Data.Tables;
using CoachBot.Testing;

namespace CoachBot.Tests.Hosting;

/// <summary>The warm-up at start runs a newcomer's first turns through real storage and leaves nothing behind.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StartupWarmupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_warm_up_saves_a_conversation_of_its_own_and_deletes_it_before_anyone_arrives()
    {
        var table = azurite.UniqueTableName("warm");
        await using var factory = new CoachBotFactory(azurite.ConnectionString, table);
        using var client = factory.CreateClient();

        var state = new TableServiceClient(azurite.ConnectionString).GetTableClient(table);
        var tables = new TableServiceClient(azurite.ConnectionString).QueryAsync(t => t.Name == table);

        // The table exists, so the warm-up's turns were saved; it is empty, so they were deleted.
        Assert.Single(await tables.ToListAsync());
        Assert.Empty(await state.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task Turned_off_nothing_touches_storage_at_start()
    {
        var table = azurite.UniqueTableName("cold");
        await using var factory = new CoachBotFactory(azurite.ConnectionString, table, new Dictionary<string, string?> { ["Coach:WarmUpAtStart"] = "false" });
        using var client = factory.CreateClient();

        Assert.Empty(await new TableServiceClient(azurite.ConnectionString).QueryAsync(t => t.Name == table).ToListAsync());
    }
}
