using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Progress;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Hosting;

/// <summary>
/// Warms what the first turns would otherwise build (the language models, the dialogs and their
/// services, the chart's fonts) before the host takes requests: it runs in StartingAsync, ahead
/// of every service's StartAsync, the web server's included. Coach:WarmUpAtStart=false turns it
/// off (the benchmark compares both).
/// </summary>
public sealed class StartupWarmup(IServiceProvider services, ContentLibrary library, TimeProvider time, HostOptions options, ILogger<StartupWarmup> logger) : IHostedLifecycleService
{
    /// <summary>The setting that turns the warm-up off.</summary>
    public const string EnabledKey = "Coach:WarmUpAtStart";

    // The warm-up conversation's channel, so its keys can never be a real person's.
    private const string WarmUpChannel = "warmup";

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.WarmUpAtStart)
        {
            return;
        }

        var understanding = LanguageWarmup.Run(library, time.GetUtcNow().UtcDateTime);

        ProgressChart.Render([], library.Default);
        var turns = await WarmTurnsAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Warmed up at start: language understanding {UnderstandingMs} ms; a newcomer's first two turns {Turns}", (int)understanding.TotalMilliseconds, turns);
    }

    // A newcomer's first two turns (joining, then their age) through the real bot, dialogs and
    // storage, in a conversation of its own that is deleted afterwards. Replies go nowhere: the
    // turn's sends are answered here and never reach the adapter. Storage that is away must not
    // stop the start; the first person then pays, as without the warm-up.
    private async Task<string> WarmTurnsAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(10));
        var id = "warm-up-" + Guid.NewGuid().ToString("N");
        var storage = services.GetRequiredService<IStorage>();
        try
        {
            var adapter = services.GetRequiredService<CoachBotAdapter>();
            foreach (var activity in new[] { WarmUpActivity(id, ActivityTypes.ConversationUpdate, null), WarmUpActivity(id, ActivityTypes.Message, "34") })
            {
                using var turn = new TurnContext(adapter, activity);
                turn.OnSendActivities((_, sent, _) => Task.FromResult(sent.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray()));
                await services.GetRequiredService<IBot>().OnTurnAsync(turn, bounded.Token).ConfigureAwait(false);
            }

            return "done";
        }
        catch (Exception e) when (e is OperationCanceledException || StorageFailure.Caused(e))
        {
            return "skipped (" + e.GetType().Name + ")";
        }
        finally
        {
            try
            {
                await storage.DeleteAsync([$"{WarmUpChannel}/conversations/{id}", $"{WarmUpChannel}/users/{id}"], CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (StorageFailure.Caused(e))
            {
                // Storage is away: nothing of the warm-up was written either.
            }
        }
    }

    private static Activity WarmUpActivity(string id, string type, string? text)
    {
        var person = new ChannelAccount(id, "Warm-up");
        return new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            Text = text,
            ChannelId = WarmUpChannel,
            ServiceUrl = "http://127.0.0.1/",
            Locale = "en-US",
            Timestamp = DateTimeOffset.UtcNow,
            From = person,
            Recipient = new ChannelAccount("coachbot", "CoachBot"),
            Conversation = new ConversationAccount(id: id),
            MembersAdded = type == ActivityTypes.ConversationUpdate ? [person] : null,
        };
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
