using Azure.Data.Tables;
using CoachBot.CheckIns;
using CoachBot.Testing;
using Microsoft.Bot.Schema;

namespace CoachBot.Tests.CheckIns;

[Collection(AzuriteCollection.Name)]
public sealed class TableCheckInStoreTests
{
    // 2026-11-25 12:00 in New York.
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);
    private static readonly CheckInSchedule TwiceDaily = new([new TimeOnly(8, 0), new TimeOnly(19, 0)], "America/New_York");
    private readonly TableClient _table;
    private readonly TableCheckInStore _store;

    public TableCheckInStoreTests(AzuriteFixture azurite)
    {
        _table = new TableClient(azurite.ConnectionString, azurite.UniqueTableName("checkins"));
        _store = new TableCheckInStore(_table);
    }

    [Fact]
    public async Task Scheduling_stores_the_next_local_slot()
    {
        await _store.ScheduleAsync("test/users/a", Reference("a"), TwiceDaily, Noon, default);

        var stored = Assert.Single(await _store.ListForAsync("test/users/a", default));

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), stored.DueAt);
    }

    [Fact]
    public async Task Rescheduling_replaces_the_old_schedule_instead_of_adding_to_it()
    {
        await _store.ScheduleAsync("test/users/b", Reference("b"), TwiceDaily, Noon, default);
        await _store.ScheduleAsync("test/users/b", Reference("b"), new CheckInSchedule([new TimeOnly(21, 0)], "America/New_York"), Noon, default);

        var stored = Assert.Single(await _store.ListForAsync("test/users/b", default));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero), stored.DueAt);
    }

    [Fact]
    public async Task Two_instances_claiming_the_same_check_in_one_wins_and_the_next_slot_exists_once()
    {
        await _store.ScheduleAsync("test/users/c", Reference("c"), TwiceDaily, Noon, default);
        var at = new DateTimeOffset(2026, 11, 26, 0, 0, 30, TimeSpan.Zero);
        var seenByA = Assert.Single(await _store.ListDueAsync(at, 100, default));
        var seenByB = Assert.Single(await _store.ListDueAsync(at, 100, default));

        var claims = await Task.WhenAll(_store.TryClaimAsync(seenByA, at, default), _store.TryClaimAsync(seenByB, at, default));

        Assert.Single(claims, won => won);
        var next = Assert.Single(await _store.ListForAsync("test/users/c", default));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task A_batch_claim_takes_what_another_instance_left_and_every_next_slot_exists_once()
    {
        var people = Enumerable.Range(0, 10).Select(i => $"test/users/batch{i}").ToList();
        foreach (var person in people)
        {
            await _store.ScheduleAsync(person, Reference(person), TwiceDaily, Noon, default);
        }

        var at = new DateTimeOffset(2026, 11, 26, 0, 0, 30, TimeSpan.Zero);
        var listed = await _store.ListDueAsync(at, 100, default);
        var takenElsewhere = listed.Where((_, i) => i % 3 == 0).ToList();
        foreach (var checkIn in takenElsewhere)
        {
            Assert.True(await _store.TryClaimAsync(checkIn, at, default));
        }

        var claimed = await _store.ClaimAsync(listed, at, default);

        Assert.Equal(10, listed.Count);
        Assert.Equal(listed.Except(takenElsewhere).Select(c => c.RowKey).Order(), claimed.Select(c => c.RowKey).Order());
        Assert.Empty(await _store.ListDueAsync(at, 100, default));
        foreach (var person in people)
        {
            var next = Assert.Single(await _store.ListForAsync(person, default));
            Assert.Equal(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero), next.DueAt);
        }
    }

    [Fact]
    public async Task A_check_in_whose_next_slot_was_stored_meanwhile_is_still_claimed_with_the_rest()
    {
        await _store.ScheduleAsync("test/users/e1", Reference("e1"), TwiceDaily, Noon, default);
        await _store.ScheduleAsync("test/users/e2", Reference("e2"), TwiceDaily, Noon, default);
        var at = new DateTimeOffset(2026, 11, 26, 0, 0, 30, TimeSpan.Zero);
        var listed = await _store.ListDueAsync(at, 100, default);

        // The person set their schedule again in between: their next slot is already there.
        var e1 = listed.Single(c => c.UserKey == "test/users/e1");
        await _table.AddEntityAsync(new TableEntity("due", $"{new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero).UtcTicks:D19}-{e1.RowKey.Split('-')[1]}-d")
        {
            ["UserKey"] = e1.UserKey,
            ["DueAt"] = new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero),
            ["Reference"] = Newtonsoft.Json.JsonConvert.SerializeObject(e1.Reference),
            ["Times"] = "08:00,19:00",
            ["TimeZone"] = "America/New_York",
            ["IsRetry"] = false,
            ["Attempts"] = 0,
        });

        var claimed = await _store.ClaimAsync(listed, at, default);

        Assert.Equal(2, claimed.Count);
        Assert.Single(await _store.ListForAsync("test/users/e1", default));
        Assert.Single(await _store.ListForAsync("test/users/e2", default));
    }

    [Fact]
    public async Task Two_due_rows_of_one_person_are_claimed_together_and_leave_one_next_slot()
    {
        await _store.ScheduleAsync("test/users/f", Reference("f"), TwiceDaily, Noon, default);
        var stored = Assert.Single(await _store.ListForAsync("test/users/f", default));
        var earlier = stored.DueAt.AddMinutes(-5);
        await _table.AddEntityAsync(new TableEntity("due", $"{earlier.UtcTicks:D19}-{stored.RowKey.Split('-')[1]}-d")
        {
            ["UserKey"] = stored.UserKey,
            ["DueAt"] = earlier,
            ["Reference"] = Newtonsoft.Json.JsonConvert.SerializeObject(stored.Reference),
            ["Times"] = "08:00,19:00",
            ["TimeZone"] = "America/New_York",
            ["IsRetry"] = false,
            ["Attempts"] = 0,
        });
        var at = stored.DueAt.AddSeconds(30);

        var claimed = await _store.ClaimAsync(await _store.ListDueAsync(at, 100, default), at, default);

        Assert.Equal(2, claimed.Count);
        var next = Assert.Single(await _store.ListForAsync("test/users/f", default));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task A_claim_long_after_the_slot_skips_to_the_next_future_slot_rather_than_piling_up()
    {
        await _store.ScheduleAsync("test/users/d", Reference("d"), TwiceDaily, Noon, default);
        var threeDaysLater = Noon.AddDays(3);
        var due = Assert.Single(await _store.ListDueAsync(threeDaysLater, 100, default));

        Assert.True(await _store.TryClaimAsync(due, threeDaysLater, default));

        var next = Assert.Single(await _store.ListForAsync("test/users/d", default));
        Assert.True(next.DueAt > threeDaysLater);
        Assert.Empty(await _store.ListDueAsync(threeDaysLater, 100, default));
    }

    [Fact]
    public async Task A_retry_is_a_one_off_that_does_not_duplicate_the_daily_slot()
    {
        await _store.ScheduleAsync("test/users/e", Reference("e"), TwiceDaily, Noon, default);
        var at = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        var due = Assert.Single(await _store.ListDueAsync(at, 100, default));
        await _store.TryClaimAsync(due, at, default);

        await _store.RetryLaterAsync(due, at.AddSeconds(5), default);
        var retry = Assert.Single(await _store.ListDueAsync(at.AddSeconds(5), 100, default));
        Assert.True(await _store.TryClaimAsync(retry, at.AddSeconds(5), default));

        Assert.Single(await _store.ListForAsync("test/users/e", default));
        Assert.Equal(1, retry.Attempts);
    }

    [Fact]
    public async Task Stopping_removes_the_persons_check_ins_only()
    {
        await _store.ScheduleAsync("test/users/f", Reference("f"), TwiceDaily, Noon, default);
        await _store.ScheduleAsync("test/users/g", Reference("g"), TwiceDaily, Noon, default);

        await _store.StopAsync("test/users/f", default);

        Assert.Empty(await _store.ListForAsync("test/users/f", default));
        Assert.Single(await _store.ListForAsync("test/users/g", default));
    }

    private static ConversationReference Reference(string id) => new()
    {
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount { Id = "conv-" + id },
        User = new ChannelAccount { Id = id },
        Bot = new ChannelAccount { Id = "coachbot" },
    };
}
