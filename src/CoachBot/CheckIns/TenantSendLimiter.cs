using System.Threading.RateLimiting;
using Microsoft.Bot.Schema;

namespace CoachBot.CheckIns;

/// <summary>
/// Keeps check-ins to one Teams tenant under the tenant's send rate (Microsoft documents about 30-50
/// requests a second per app per tenant; docs/ARCHITECTURE.md), by waiting for a token before each send. Conversations
/// without a tenant (Direct Line, Web Chat) are not limited. One check-in sends a handful of
/// messages to one conversation, well inside Teams' per-conversation limits.
/// </summary>
public sealed class TenantSendLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<ConversationReference> _limiter;

    /// <summary>Creates a limiter allowing <paramref name="perSecond"/> check-ins a second per tenant.</summary>
    public TenantSendLimiter(int perSecond)
    {
        _limiter = PartitionedRateLimiter.Create<ConversationReference, string>(reference =>
            reference.Conversation?.TenantId is { Length: > 0 } tenant
                ? RateLimitPartition.GetTokenBucketLimiter(tenant, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, perSecond),
                    TokensPerPeriod = Math.Max(1, perSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    /// <summary>Waits until a check-in to <paramref name="reference"/> may be sent.</summary>
    public async Task WaitAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(reference, 1, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
