using Azure.Data.Tables;

namespace CoachBot.Health;

/// <summary>
/// Asks Table storage for one table name: cheap, and it fails exactly when state cannot be
/// loaded. Its own client has no retries and a short timeout so /healthz answers quickly.
/// </summary>
public sealed class StorageHealthCheck(TableServiceClient probeClient)
{
    /// <summary>True when Table storage answered.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await foreach (var _ in probeClient.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().ConfigureAwait(false))
            {
                break;
            }

            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            return false;
        }
    }
}
