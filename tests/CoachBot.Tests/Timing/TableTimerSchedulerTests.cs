using Azure.Data.Tables;
using CoachBot.Dialogs.Timing;
using CoachBot.Testing;
using CoachBot.Timing;
using Microsoft.Bot.Schema;

namespace CoachBot.Tests.Timing;

[Collection(AzuriteCollection.Name)]
public sealed class TableTimerSchedulerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);
    private readonly TableTimerScheduler _timers = new(new TableClient(azurite.ConnectionString, azurite.UniqueTableName("timers")));

    [Fact]
    public async Task Only_timers_that_are_due_are_listed_oldest_first()
    {
        await _timers.ScheduleAsync(Reference("c1"),
        [
            new TimerRequest("coachCue", Now.AddSeconds(30), "halfway"),
            new TimerRequest("coachCue", Now.AddSeconds(-5), "late"),
            new TimerRequest("coachCue", Now.AddSeconds(60), "end"),
        ], default);

        var due = await _timers.ListDueAsync(Now.AddSeconds(30), 10, default);

        Assert.Equal(["late", "halfway"], due.Select(t => t.Request.Value));
        Assert.Equal("c1", due[0].Reference.Conversation.Id);
    }

    [Fact]
    public async Task Two_instances_claiming_the_same_timer_only_one_wins()
    {
        await _timers.ScheduleAsync(Reference("c2"), [new TimerRequest("coachCue", Now, "cue")], default);
        var seenByA = (await _timers.ListDueAsync(Now, 10, default)).Single();
        var seenByB = (await _timers.ListDueAsync(Now, 10, default)).Single();

        var claims = await Task.WhenAll(_timers.TryClaimAsync(seenByA, default), _timers.TryClaimAsync(seenByB, default));

        Assert.Single(claims, won => won);
        Assert.Empty(await _timers.ListDueAsync(Now, 10, default));
    }

    [Fact]
    public async Task Cancelling_a_conversation_removes_its_timers_only()
    {
        await _timers.ScheduleAsync(Reference("c3"), [new TimerRequest("coachCue", Now, "mine")], default);
        await _timers.ScheduleAsync(Reference("c4"), [new TimerRequest("coachCue", Now, "theirs")], default);

        await _timers.CancelAsync(Reference("c3"), default);

        Assert.Equal(["theirs"], (await _timers.ListDueAsync(Now, 10, default)).Select(t => t.Request.Value));
    }

    private static ConversationReference Reference(string conversationId) => new()
    {
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "user" },
        Bot = new ChannelAccount { Id = "coachbot" },
    };
}
