using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>A bot restarted mid-release, and channels that deliver the same message twice.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestartAndRedeliveryTests(AzuriteFixture azurite)
{
    // A 90-second hold at TimeScale 0.05 lasts 4.5 s: long enough to restart the bot in between.
    private static readonly Dictionary<string, string?> SlowerClock = new() { ["Coach:TimeScale"] = "0.05" };

    [Fact]
    public async Task A_bot_restarted_mid_release_still_delivers_the_remaining_cues()
    {
        var (chat, second) = await StopMidReleaseAndRestartAsync("rs", time: null);
        await using var _ = second;

        await chat.WaitForAsync(Opening(TextKeys.ReleaseHalfway));
        await chat.WaitForAsync(Opening(TextKeys.ReleaseEnd));
        await chat.WaitForAsync(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }));
        Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReleaseHalfway), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cues_more_than_a_minute_stale_become_one_welcome_back()
    {
        // The bot comes back two minutes later (by its clock): both remaining cues are stale.
        var (chat, second) = await StopMidReleaseAndRestartAsync("st", new ShiftedTimeProvider(TimeSpan.FromMinutes(2)));
        await using var _ = second;

        await chat.WaitForAsync(Opening(TextKeys.ReleaseWelcomeBack));
        await chat.WaitForAsync(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }));
        Assert.DoesNotContain(chat.Transcript, t => t.Contains(Opening(TextKeys.ReleaseHalfway), StringComparison.Ordinal));
        Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReleaseWelcomeBack), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_re_delivered_message_is_answered_once_and_stores_one_rating()
    {
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("rd"));
        var chat = host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks");

        var first = await chat.SendAsync("6", activityId: "same-activity");
        var again = await chat.SendAsync("6", activityId: "same-activity");

        Assert.NotEmpty(first);
        Assert.Empty(again);
        Assert.Single(await RatingsAsync(host, chat));
    }

    [Fact]
    public async Task The_pain_log_refuses_a_second_rating_for_the_same_delivery_even_after_state_is_lost()
    {
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("rl"));
        var chat = host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks");
        await chat.SendAsync("6", activityId: "delivery-1");

        // Replays the same delivery against a conversation whose dedupe memory is gone.
        var log = host.Services.GetRequiredService<IPainLog>();
        var stored = (await log.ListAsync(chat.UserKey, CancellationToken.None)).Single();
        // A rating is one per session and phase, whichever message carried it.
        var replay = stored with { RecordedAt = stored.RecordedAt.AddSeconds(15), DeliveryId = $"{stored.SessionId}/before" };

        Assert.False(await log.RecordAsync(replay, CancellationToken.None));
        Assert.Single(await log.ListAsync(chat.UserKey, CancellationToken.None));
    }

    private async Task<(CoachConversation Chat, CoachHost Restarted)> StopMidReleaseAndRestartAsync(string tablePrefix, TimeProvider? time)
    {
        var tables = azurite.UniqueTableName(tablePrefix);
        var first = await CoachHost.StartAsync(azurite, tables, SlowerClock);
        var chat = first.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "90 seconds");
        await first.StopAsync(alsoChannel: false);

        var second = await CoachHost.StartAsync(azurite, tables, SlowerClock, first.Channel, time);
        second.Continue(chat);
        return (chat, second);
    }

    private static async Task<IReadOnlyList<PainRating>> RatingsAsync(CoachHost host, CoachConversation chat) =>
        await host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None);
}
