using System.Text.Json;
using Azure.Data.Tables;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using CoachBot.Tests.CheckIns;
using CoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Hosting;

/// <summary>The privacy and terms pages the Teams manifest links to, and the retention they promise.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PrivacyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_privacy_and_terms_pages_say_what_is_kept_for_how_long_and_what_the_coach_is_not()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("priv"));
        var client = factory.CreateClient();

        var privacy = await client.GetStringAsync("/privacy");
        var terms = await client.GetStringAsync("/terms");

        foreach (var table in new[] { "BotState", "PainRatings", "CheckIns", "ReleaseTimers", "ExportLinks" })
        {
            Assert.Contains(table, privacy, StringComparison.Ordinal);
        }

        Assert.Contains("deleted after 365 days", privacy, StringComparison.Ordinal);
        Assert.Contains("delete my data", privacy, StringComparison.Ordinal);
        Assert.Contains("never what you wrote", privacy, StringComparison.Ordinal);
        Assert.Contains("not medical advice or a", terms, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Teams_manifest_links_the_privacy_and_terms_pages()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "teams", "manifest.json")));
        var developer = manifest.RootElement.GetProperty("developer");

        Assert.EndsWith("/privacy", developer.GetProperty("privacyUrl").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/terms", developer.GetProperty("termsOfUseUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ratings_older_than_the_retention_and_expired_export_links_are_deleted_by_the_host()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var tables = azurite.UniqueTableName("keep");
        await using var host = await CoachHost.StartAsync(azurite, tables, new Dictionary<string, string?> { ["Storage:RetentionSweepInterval"] = "00:00:00.2", ["Coach:TimeScale"] = "0.02" }, time: clock);
        var chat = host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "no");
        await chat.AnswerAsync("export for my therapist", "no");
        var log = host.Services.GetRequiredService<IPainLog>();
        var exports = new TableClient(azurite.ConnectionString, tables + "Exports");
        Assert.Equal(2, (await log.ListAsync(chat.UserKey, CancellationToken.None)).Count);

        clock.Set(clock.GetUtcNow().AddDays(2));
        await WaitUntilAsync(async () => !await HasRowsAsync(exports));
        var keptAfterTwoDays = await log.ListAsync(chat.UserKey, CancellationToken.None);
        clock.Set(clock.GetUtcNow().AddDays(365));
        await WaitUntilAsync(async () => (await log.ListAsync(chat.UserKey, CancellationToken.None)).Count == 0);

        Assert.Equal(2, keptAfterTwoDays.Count);
    }

    private static async Task<bool> HasRowsAsync(TableClient table)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>())
        {
            return true;
        }

        return false;
    }

    // Waits on the condition, not on time; the bound only ends a broken run.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(50, patience.Token);
        }
    }
}
