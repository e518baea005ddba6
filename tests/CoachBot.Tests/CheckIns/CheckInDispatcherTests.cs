using Azure.Data.Tables;
using CoachBot.CheckIns;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Tests.CheckIns;

/// <summary>The scheduler with two bot instances, and after a long outage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CheckInDispatcherTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);
    private static readonly CheckInSchedule Daily = new([new TimeOnly(19, 0)], "America/New_York");
    private static readonly Dictionary<string, string?> Settings = new() { ["CheckIns:PollInterval"] = "01:00:00" };

    [Fact]
    public async Task Two_instances_firing_together_send_every_check_in_exactly_once()
    {
        var clock = new SettableClock(Noon);
        var tables = azurite.UniqueTableName("fan");
        await using var host = await CoachHost.StartAsync(azurite, tables, Settings, time: clock);
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        const int people = 60;
        for (var i = 0; i < people; i++)
        {
            await store.ScheduleAsync($"test/users/p{i}", Reference(host, i), Daily, Noon, default);
        }

        var first = host.Services.GetRequiredService<CheckInDispatcher>();
        var second = new CheckInDispatcher(
            new TableCheckInStore(new TableClient(azurite.ConnectionString, tables + "CheckIns")),
            host.Services.GetRequiredService<ICheckInSender>(),
            new CheckInOptions { BatchSize = 20, Parallelism = 4 },
            clock,
            NullLogger<CheckInDispatcher>.Instance);
        clock.Set(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

        var rounds = new List<CheckInRound>();
        for (var pass = 0; pass < 10 && rounds.Sum(r => r.Sent) < people; pass++)
        {
            rounds.AddRange(await Task.WhenAll(first.FireDueAsync(default), second.FireDueAsync(default)));
        }

        Assert.Equal(people, rounds.Sum(r => r.Sent));
        for (var i = 0; i < people; i++)
        {
            var next = Assert.Single(await store.ListForAsync($"test/users/p{i}", default));
            Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), next.DueAt);
        }
    }

    [Fact]
    public async Task A_bot_restarted_after_the_grace_window_skips_the_missed_check_in_and_moves_on()
    {
        var clock = new SettableClock(Noon);
        var tables = azurite.UniqueTableName("grace");
        var before = await CoachHost.StartAsync(azurite, tables, Settings, time: clock);
        await before.Services.GetRequiredService<TableCheckInStore>().ScheduleAsync("test/users/late", Reference(before, 0), Daily, Noon, default);
        await before.StopAsync(alsoChannel: false);

        // The bot was down from before 19:00 until 22:30 New York time.
        clock.Set(new DateTimeOffset(2026, 11, 26, 3, 30, 0, TimeSpan.Zero));
        // The restarted bot polls at once; a pass of our own makes sure the due row was handled.
        await using var after = await CoachHost.StartAsync(azurite, tables, Settings, before.Channel, clock);
        var round = await after.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);

        Assert.Equal(0, round.Sent);
        Assert.Empty(after.Channel.Received);
        var next = Assert.Single(await after.Services.GetRequiredService<TableCheckInStore>().ListForAsync("test/users/late", default));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task A_check_in_found_within_the_grace_window_is_still_sent()
    {
        var clock = new SettableClock(Noon);
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("grace"), Settings, time: clock);
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        await store.ScheduleAsync("test/users/bitlate", Reference(host, 1), Daily, Noon, default);

        clock.Set(new DateTimeOffset(2026, 11, 26, 0, 40, 0, TimeSpan.Zero));
        var round = await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);

        Assert.Equal((1, 0), (round.Sent, round.Skipped));
    }

    private static ConversationReference Reference(CoachHost host, int person) => new()
    {
        ChannelId = "test",
        ServiceUrl = host.Channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = $"conv-p{person}" },
        User = new ChannelAccount { Id = $"p{person}" },
        Bot = new ChannelAccount { Id = "coachbot" },
    };
}
