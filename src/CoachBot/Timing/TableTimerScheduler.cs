using Azure;
using Azure.Data.Tables;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoachBot.Timing;

/// <summary>
/// Timers in the ReleaseTimers table, all in one partition with the due time first in the RowKey,
/// so "what is due now" is a single RowKey range query. An instance claims a due timer by deleting
/// it with its ETag: only one instance's delete succeeds, so each cue is sent once.
/// </summary>
public sealed class TableTimerScheduler(TableClient table) : ITimerScheduler
{
    private const string DuePartition = "due";

    private readonly TableClient _table = table ?? throw new ArgumentNullException(nameof(table));
    private volatile bool _tableExists;

    /// <inheritdoc />
    public async Task ScheduleAsync(ConversationReference reference, IReadOnlyCollection<TimerRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(requests);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var referenceJson = JsonConvert.SerializeObject(reference);
        var actions = requests.Select(request => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(DuePartition, RowKeyFor(request.DueAt))
        {
            ["ConversationKey"] = ConversationKey(reference),
            ["Reference"] = referenceJson,
            ["Name"] = request.Name,
            ["Value"] = request.Value,
            ["DueAt"] = request.DueAt,
        })).ToList();
        if (actions.Count > 0)
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task CancelAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var key = ConversationKey(reference);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == DuePartition && e.GetString("ConversationKey") == key, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Timers due at or before <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    /// <remarks>Polled every 200 ms, so the filter is a string (a LINQ filter is compiled on every query).</remarks>
    public async Task<IReadOnlyList<DueTimer>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var upTo = RowKeyFor(now.AddTicks(1));
        var due = new List<DueTimer>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey lt {upTo}"), maxPerPage: max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            due.Add(new DueTimer(
                entity.RowKey,
                entity.ETag,
                JsonConvert.DeserializeObject<ConversationReference>(entity.GetString("Reference"))!,
                new TimerRequest(entity.GetString("Name"), entity.GetDateTimeOffset("DueAt") ?? now, entity.GetString("Value"))));
            if (due.Count >= max)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>Claims <paramref name="timer"/> for this instance; false when another instance already has it.</summary>
    public async Task<bool> TryClaimAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        try
        {
            // The SDK reports a delete of a missing entity as a 404 response rather than an error:
            // that is the other instance having claimed it first.
            using var response = await _table.DeleteEntityAsync(DuePartition, timer.RowKey, timer.ETag, cancellationToken).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    private static string RowKeyFor(DateTimeOffset dueAt) => $"{dueAt.UtcTicks:D19}-{Guid.NewGuid():N}";

    private static string ConversationKey(ConversationReference reference) => $"{reference.ChannelId}/{reference.Conversation?.Id}";

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableExists)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableExists = true;
        }
    }
}
