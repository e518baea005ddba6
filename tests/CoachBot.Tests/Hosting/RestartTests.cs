using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Hosting;

/// <summary>Restarts of the bot and of storage, with Azurite keeping its data on disk.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "coachbot-azurite-" + Guid.NewGuid().ToString("N"));
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
    public async Task A_conversation_keeps_its_state_when_the_bot_and_storage_restart()
    {
        await using (var first = new CoachBotFactory(_azurite.ConnectionString, "RestartState"))
        {
            var welcome = await first.CreateClient().PostForRepliesAsync(ActivityPosts.Message("hi", "conv-restart"));
            Assert.Contains(Opening(TextKeys.Welcome), welcome[0], StringComparison.Ordinal);
            Assert.Contains(Opening(TextKeys.AgeAsk), welcome[^1], StringComparison.Ordinal);
        }

        await _azurite.StopAsync();
        await _azurite.StartAsync();

        await using var second = new CoachBotFactory(_azurite.ConnectionString, "RestartState");
        var afterRestart = await second.CreateClient().PostForRepliesAsync(ActivityPosts.Message("40", "conv-restart"));

        // The age question was still waiting: the answer moves the conversation on.
        Assert.DoesNotContain(afterRestart, text => text.Contains(Opening(TextKeys.Welcome), StringComparison.Ordinal));
        Assert.Contains(afterRestart, text => text.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal));
    }
}
