using CoachBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Timing;

/// <summary>
/// Fires due timers: claims each (so two instances never send the same cue) and resumes its
/// conversation through the production adapter with an event activity, exactly as a channel's
/// message would arrive. Timers left over from before a restart fire as soon as it is back; the
/// waiting dialog decides whether a late cue is still worth saying.
/// </summary>
public sealed class TimerDispatcher(
    TableTimerScheduler timers,
    CoachBotAdapter adapter,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<TimerDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>How often storage is asked for due timers.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Fires every timer due now; returns how many this instance fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        foreach (var timer in await timers.ListDueAsync(time.GetUtcNow(), BatchSize, cancellationToken).ConfigureAwait(false))
        {
            if (!await timers.TryClaimAsync(timer, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            try
            {
                await FireAsync(timer, cancellationToken).ConfigureAwait(false);
                fired++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One conversation's failure (the person blocked the bot, say) must not stop the others.
                logger.LogWarning("A timer for channel {ChannelId} could not be delivered: {ExceptionType}", timer.Reference.ChannelId, e.GetType().FullName);
            }
        }

        return fired;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be restarting; keep polling, the timers are still stored.
                logger.LogWarning("Polling for due timers failed: {ExceptionType}", e.GetType().FullName);
            }

            try
            {
                await Task.Delay(PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task FireAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        var activity = timer.Reference.GetContinuationActivity();
        activity.Type = ActivityTypes.Event;
        activity.Name = timer.Request.Name;
        activity.Value = timer.Request.Value;
        activity.Timestamp = time.GetUtcNow();
        activity.Id = "timer-" + timer.RowKey;

        using var scope = scopes.CreateScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        await adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? string.Empty, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }
}
