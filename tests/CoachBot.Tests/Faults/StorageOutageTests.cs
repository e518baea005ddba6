using CoachBot.Bot;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Faults;

/// <summary>Table storage crashing (Azurite killed) in the middle of a conversation, and coming back.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    // Azurite writes its data folder every 5 s (LokiJS autosave), so a kill loses what it was told in
    // the last seconds; Azure storage has it durably once it answers. Waiting this long before the
    // kill makes Azurite as durable as the real service for everything written before.
    private static readonly TimeSpan AzuriteSaveInterval = TimeSpan.FromSeconds(6);

    // Not a measurement: a bound so that a hanging turn fails the test instead of stalling the run.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "coachbot-outage-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess _azurite = null!;

    public async Task InitializeAsync()
    {
        _azurite = new AzuriteProcess(_dataFolder);
        await _azurite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task When_storage_is_killed_mid_conversation_turns_fail_cleanly_the_next_turn_after_its_return_works_and_no_rating_is_lost()
    {
        await using var channel = await RecordingChannel.StartAsync();
        await using var factory = new CoachBotFactory(_azurite.ConnectionString, "OutageState", new Dictionary<string, string?>
        {
            ["Coach:TimeScale"] = "0.01",
            ["Storage:PainRatingsTable"] = "OutageRatings",
            ["Storage:ReleaseTimersTable"] = "OutageTimers",
        });
        var chat = new CoachConversation(factory.CreateClient(), channel);
        await StartAsync(chat, pain: "6");
        var log = factory.Services.GetRequiredService<IPainLog>();
        Assert.Equal(6, Assert.Single(await log.ListAsync(chat.UserKey, CancellationToken.None)).Rating);
        await Task.Delay(AzuriteSaveInterval);

        // A turn in flight as storage dies: answered, or told something went wrong; never a 500 or a hang.
        var inFlight = chat.SendAsync("no");
        await _azurite.KillAsync();
        var inFlightReplies = await inFlight.WaitAsync(HangGuard);

        // A turn while storage is down: the adapter's error message, with 200.
        var whileDown = await chat.SendAsync("no").WaitAsync(HangGuard);

        await _azurite.StartAsync();
        var afterReturn = await chat.SendAsync("no").WaitAsync(HangGuard);

        Assert.NotEmpty(inFlightReplies);
        Assert.True(
            inFlightReplies.Contains(CoachBotAdapter.ErrorMessage) || inFlightReplies.All(r => r != CoachBotAdapter.ErrorMessage),
            "The in-flight turn neither failed cleanly nor was answered: " + string.Join(" | ", inFlightReplies));
        Assert.Equal([CoachBotAdapter.ErrorMessage], whileDown);
        Assert.NotEmpty(afterReturn);
        Assert.DoesNotContain(CoachBotAdapter.ErrorMessage, afterReturn);
        var ratings = await log.ListAsync(chat.UserKey, CancellationToken.None);
        Assert.Equal(6, Assert.Single(ratings).Rating);
    }
}
