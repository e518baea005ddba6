using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Health;

/// <summary>
/// The ASP.NET Core health check behind /healthz: asks Table storage for one table name, cheap,
/// and failing exactly when state cannot be loaded. Its own client has no retries and a short
/// timeout so /healthz answers quickly.
/// </summary>
public sealed class StorageHealthCheck(TableServiceClient probeClient) : IHealthCheck
{
    /// <summary>The check's name, and the field of the /healthz answer it fills.</summary>
    public const string Name = "storage";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await foreach (var _ in probeClient.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().ConfigureAwait(false))
            {
                break;
            }

            return HealthCheckResult.Healthy("reachable");
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            // The exception's type only: its message can carry the account's address.
            return HealthCheckResult.Unhealthy("unreachable", data: new Dictionary<string, object> { ["error"] = e.GetType().Name });
        }
    }
}
