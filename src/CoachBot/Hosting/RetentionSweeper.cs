using CoachBot.Exports;
using CoachBot.Storage;

namespace CoachBot.Hosting;

/// <summary>
/// Keeps stored health data no longer than promised on /privacy: every
/// <see cref="TableStorageOptions.RetentionSweepInterval"/> it deletes pain ratings older than
/// <see cref="TableStorageOptions.RetentionDays"/> and export links (with their notes) that ran out.
/// The age of a row is read from the host's clock, so tests can move time on.
/// </summary>
public sealed class RetentionSweeper(TablePainLog ratings, ExportLinkStore links, TableStorageOptions options, TimeProvider time, ILogger<RetentionSweeper> logger) : BackgroundService
{
    /// <summary>Deletes what is past its time now; returns the ratings and links deleted.</summary>
    public async Task<(int Ratings, int Links)> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var oldRatings = await ratings.DeleteOlderThanAsync(now.AddDays(-options.RetentionDays), cancellationToken).ConfigureAwait(false);
        var expiredLinks = await links.DeleteExpiredAsync(now, cancellationToken).ConfigureAwait(false);
        return (oldRatings, expiredLinks);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (oldRatings, expiredLinks) = await SweepAsync(stoppingToken).ConfigureAwait(false);
                if (oldRatings + expiredLinks > 0)
                {
                    logger.LogInformation("Retention: deleted {Ratings} old ratings and {Links} expired export links.", oldRatings, expiredLinks);
                }

                await Task.Delay(options.RetentionSweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be down for a while; the next sweep tries again.
                logger.LogWarning("Retention sweep failed: {ExceptionType}", e.GetType().FullName);
                await Task.Delay(options.RetentionSweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
