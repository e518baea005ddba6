using Azure.Data.Tables;
using CoachBot.Storage;
using CoachBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageTests(AzuriteFixture azurite)
{
    private readonly TableStorage _storage = new(new TableClient(azurite.ConnectionString, azurite.UniqueTableName("state")));

    [Fact]
    public async Task A_state_item_with_slashes_in_its_key_reads_back_as_written()
    {
        const string key = "msteams/conversations/19:abc#1?x/";
        await _storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["Welcomed"] = true, ["Area"] = "neck" } });

        var read = await _storage.ReadAsync([key]);

        var item = Assert.IsType<Dictionary<string, object>>(read[key]);
        Assert.Equal(true, item["Welcomed"]);
        Assert.Equal("neck", item["Area"]);
    }

    [Fact]
    public async Task Dialog_state_is_stored_with_short_type_names_and_reads_back_as_the_same_types()
    {
        var tableName = azurite.UniqueTableName("short");
        var table = new TableClient(azurite.ConnectionString, tableName);
        var storage = new TableStorage(table);
        var dialogs = new CoachBot.Waterfall.DialogState();
        dialogs.DialogStack.Add(new CoachBot.Waterfall.DialogInstance { Id = "main", State = new Dictionary<string, object> { ["ids"] = new List<string> { "a", "b" } } });
        await storage.WriteAsync(new Dictionary<string, object> { ["c1"] = new Dictionary<string, object> { ["DialogState"] = dialogs } });

        var stored = (await table.GetEntityAsync<TableEntity>(TableStorage.EntityKey("c1"), TableStorage.EntityKey("c1"))).Value.GetString("Json0");
        var read = (Dictionary<string, object>)(await storage.ReadAsync(["c1"]))["c1"];

        Assert.DoesNotContain("System.Private.CoreLib", stored, StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"map\"", stored, StringComparison.Ordinal);
        var back = Assert.IsType<CoachBot.Waterfall.DialogState>(read["DialogState"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<string>>(back.DialogStack[0].State["ids"]));
    }

    [Fact]
    public async Task State_written_with_full_type_names_by_an_earlier_version_still_reads()
    {
        var tableName = azurite.UniqueTableName("older");
        var table = new TableClient(azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync();
        var dictionary = typeof(Dictionary<string, object>).AssemblyQualifiedName!.Replace(", Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e", string.Empty, StringComparison.Ordinal);
        var json = $"{{\"$type\":\"{dictionary}\",\"DialogState\":{{\"$type\":\"CoachBot.Waterfall.DialogState, CoachBot.Waterfall\",\"dialogStack\":[]}}}}";
        await table.UpsertEntityAsync(new TableEntity(TableStorage.EntityKey("old"), TableStorage.EntityKey("old")) { ["Json0"] = json, ["Chunks"] = 1 });

        var read = await new TableStorage(table).ReadAsync(["old"]);

        var item = Assert.IsType<Dictionary<string, object>>(read["old"]);
        Assert.IsType<CoachBot.Waterfall.DialogState>(item["DialogState"]);
    }

    [Theory]
    [InlineData("CoachBot.Dialogs.Sessions.SessionPlan")]
    [InlineData("CoachBot.Dialogs.Sessions.SessionPlan, CoachBot.Dialogs")]
    public async Task State_naming_a_type_by_the_name_it_had_before_it_moved_still_reads(string formerName)
    {
        var table = new TableClient(azurite.ConnectionString, azurite.UniqueTableName("moved"));
        await table.CreateIfNotExistsAsync();
        var json = $"{{\"$type\":\"map\",\"plan\":{{\"$type\":\"{formerName}\",\"AreaId\":\"neck\",\"PainBefore\":6}}}}";
        await table.UpsertEntityAsync(new TableEntity(TableStorage.EntityKey("before-move"), TableStorage.EntityKey("before-move")) { ["Json0"] = json, ["Chunks"] = 1 });

        var read = await new TableStorage(table).ReadAsync(["before-move"]);

        var plan = Assert.IsType<CoachBot.Dialogs.State.SessionPlan>(((Dictionary<string, object>)read["before-move"])["plan"]);
        Assert.Equal(("neck", 6), (plan.AreaId, plan.PainBefore));
    }

    [Fact]
    public async Task A_missing_key_is_simply_absent_from_the_result()
    {
        var read = await _storage.ReadAsync(["test/conversations/nobody/"]);

        Assert.Empty(read);
    }

    [Fact]
    public async Task A_200_KB_state_is_split_across_properties_and_reads_back_whole()
    {
        var large = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"r{i:D8};"));
        Assert.True(large.Length >= 200_000);
        await _storage.WriteAsync(new Dictionary<string, object> { ["big"] = new Dictionary<string, object> { ["Log"] = large } });

        var read = await _storage.ReadAsync(["big"]);

        Assert.Equal(large, ((Dictionary<string, object>)read["big"])["Log"]);
    }

    [Fact]
    public async Task A_state_over_the_entity_limit_fails_with_a_clear_error_and_keeps_the_old_value()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["huge"] = new Dictionary<string, object> { ["Log"] = "small" } });

        var error = await Assert.ThrowsAsync<StateTooLargeException>(() => _storage.WriteAsync(
            new Dictionary<string, object> { ["huge"] = new Dictionary<string, object> { ["Log"] = new string('x', 600_000) } }));

        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Bytes, 1_200_000, 1_210_000);
        var read = await _storage.ReadAsync(["huge"]);
        Assert.Equal("small", ((Dictionary<string, object>)read["huge"])["Log"]);
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_is_a_conflict()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new CountingItem { Count = 1 } });
        var firstRead = (CountingItem)(await _storage.ReadAsync(["item"]))["item"];
        var secondRead = (CountingItem)(await _storage.ReadAsync(["item"]))["item"];

        firstRead.Count = 2;
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = firstRead });
        secondRead.Count = 3;

        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["item"] = secondRead }));
        var stored = (CountingItem)(await _storage.ReadAsync(["item"]))["item"];
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task Writing_with_the_star_etag_overwrites_whatever_is_stored()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["star"] = new CountingItem { Count = 1 } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["star"] = new CountingItem { Count = 5, ETag = "*" } });

        Assert.Equal(5, ((CountingItem)(await _storage.ReadAsync(["star"]))["star"]).Count);
    }

    [Fact]
    public async Task A_read_item_carries_the_etag_it_was_stored_with()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["tagged"] = new CountingItem { Count = 1 } });

        var read = (CountingItem)(await _storage.ReadAsync(["tagged"]))["tagged"];

        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task Deleted_state_is_gone_and_deleting_again_is_harmless()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new Dictionary<string, object> { ["x"] = 1L } });

        await _storage.DeleteAsync(["gone"]);
        await _storage.DeleteAsync(["gone"]);

        Assert.Empty(await _storage.ReadAsync(["gone"]));
    }

    [Fact]
    public async Task A_stored_type_name_outside_the_allowed_assemblies_is_refused()
    {
        var tableName = azurite.UniqueTableName("evil");
        var table = new TableClient(azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync();
        var json = $"{{\"$type\":\"{typeof(FileInfo).FullName}, {typeof(FileInfo).Assembly.GetName().Name}\",\"fileName\":\"/etc/passwd\"}}";
        var entity = new TableEntity(TableStorage.EntityKey("evil"), TableStorage.EntityKey("evil")) { ["Json0"] = json, ["Chunks"] = 1 };
        await table.UpsertEntityAsync(entity);

        var storage = new TableStorage(table);

        var error = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync(["evil"]));
        Assert.Contains("is not allowed in stored bot state", error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_state_survives_a_round_trip_through_the_table()
    {
        var conversationState = new ConversationState(_storage);
        var adapter = new TestAdapter();
        var counter = conversationState.CreateProperty<JObject>("Progress");

        await new TestFlow(adapter, async (turn, ct) =>
            {
                var progress = await counter.GetAsync(turn, () => new JObject { ["turns"] = 0 }, ct);
                progress["turns"] = (int)progress["turns"]! + 1;
                await turn.SendActivityAsync($"turn {progress["turns"]}", cancellationToken: ct);
                await conversationState.SaveChangesAsync(turn, false, ct);
            })
            .Send("one").AssertReply("turn 1")
            .Send("two").AssertReply("turn 2")
            .StartTestAsync();
    }

    /// <summary>An item with optimistic concurrency, as dialogs may store.</summary>
    public sealed class CountingItem : IStoreItem
    {
        public int Count { get; set; }

        public string? ETag { get; set; }
    }
}
