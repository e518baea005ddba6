using System.Threading.Channels;

namespace CoachBot.CheckIns;

/// <summary>
/// Sends due check-ins. Each is claimed first (one instance wins), so with several bot instances
/// none goes out twice; claiming also stores the person's next slot, so none is lost. A check-in
/// found late (the bot was down) is still sent within the grace window and skipped after it, and
/// the schedule moves to the next future slot: missed check-ins never pile up. A 429 becomes a
/// one-off retry after Retry-After; a 403 or 404 (blocked, uninstalled) stops the person's schedule.
/// </summary>
public sealed class CheckInDispatcher(
    TableCheckInStore store,
    ICheckInSender sender,
    CheckInOptions options,
    TimeProvider time,
    ILogger<CheckInDispatcher> logger) : BackgroundService
{
    private readonly TenantSendLimiter _tenants = new(options.TenantSendsPerSecond);

    /// <summary>Sends what is due now and reports what happened.</summary>
    public async Task<CheckInRound> FireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var round = new CheckInRound();
        var due = await store.ListDueAsync(now, options.BatchSize, cancellationToken).ConfigureAwait(false);

        // Claimed a batch at a time (one transaction each rather than one per check-in), in this
        // instance's own random order of batches, so two instances mostly claim different batches.
        // Sends start as soon as the first batch is claimed; the claimer stays at most one batch
        // ahead of the senders, so a crash loses few claimed-but-unsent check-ins.
        var batches = due.Chunk(TableCheckInStore.MaxClaimBatch).OrderBy(_ => Random.Shared.Next()).ToList();
        var claimed = Channel.CreateBounded<ScheduledCheckIn>(TableCheckInStore.MaxClaimBatch);
        using var stopClaiming = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var claiming = ClaimAsync(batches, now, round, claimed.Writer, stopClaiming.Token);
        try
        {
            await Parallel.ForEachAsync(claimed.Reader.ReadAllAsync(cancellationToken), new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken }, async (checkIn, ct) =>
            {
                if (now - checkIn.DueAt > options.Grace)
                {
                    round.Count(ref round.Skipped);
                    return;
                }

                await DeliverAsync(checkIn, now, round, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        finally
        {
            // A failed send ends the pass; the claimer must not wait forever on a full channel.
            await stopClaiming.CancelAsync().ConfigureAwait(false);
            await claiming.ConfigureAwait(false);
        }

        return round;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _tenants.DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await FireDueAsync(stoppingToken).ConfigureAwait(false);
                if (round.Total >= options.BatchSize)
                {
                    continue;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Polling for due check-ins failed: {ExceptionType}", e.GetType().FullName);
            }

            try
            {
                await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task ClaimAsync(IEnumerable<ScheduledCheckIn[]> batches, DateTimeOffset now, CheckInRound round, ChannelWriter<ScheduledCheckIn> claimed, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var batch in batches)
            {
                var won = await store.ClaimAsync(batch, now, cancellationToken).ConfigureAwait(false);
                round.Count(ref round.ClaimedElsewhere, batch.Length - won.Count);
                foreach (var checkIn in won)
                {
                    await claimed.WriteAsync(checkIn, cancellationToken).ConfigureAwait(false);
                }
            }

            claimed.Complete();
        }
        catch (Exception e)
        {
            // The senders finish what was claimed, then the pass fails with this error.
            claimed.Complete(e);
        }
    }

    private async Task DeliverAsync(ScheduledCheckIn checkIn, DateTimeOffset now, CheckInRound round, CancellationToken cancellationToken)
    {
        CheckInDelivery delivery;
        try
        {
            await _tenants.WaitAsync(checkIn.Reference, cancellationToken).ConfigureAwait(false);
            delivery = await sender.SendAsync(checkIn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("A check-in could not be sent: {ExceptionType}", e.GetType().FullName);
            delivery = CheckInDelivery.Failed;
        }

        switch (delivery.Kind)
        {
            case CheckInDeliveryKind.Delivered:
                round.Count(ref round.Sent);
                break;
            case CheckInDeliveryKind.RetryLater when checkIn.Attempts < options.MaxAttempts:
                await store.RetryLaterAsync(checkIn, now + delivery.RetryAfter, cancellationToken).ConfigureAwait(false);
                round.Count(ref round.Retried);
                break;
            case CheckInDeliveryKind.Gone:
                await store.StopAsync(checkIn.UserKey, cancellationToken).ConfigureAwait(false);
                round.Count(ref round.Stopped);
                break;
            default:
                round.Count(ref round.Failed);
                break;
        }
    }
}
