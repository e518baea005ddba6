using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoachBot.CheckIns;

/// <summary>
/// Due check-ins in the CheckIns table: one row per person for their next daily slot (plus, rarely,
/// a one-off retry), due time first in the RowKey so "what is due" is one range query. Claiming a
/// daily check-in deletes its row and adds the person's next slot in one transaction guarded by the
/// row's ETag, so with several bot instances each check-in is sent exactly once and the schedule
/// is never lost between the two writes.
/// </summary>
public sealed class TableCheckInStore(TableClient table)
{
    /// <summary>The most check-ins one claim takes: two actions each, 100 actions per transaction.</summary>
    public const int MaxClaimBatch = 50;

    private const string DuePartition = "due";
    private const int ClaimAttempts = 4;

    private readonly TableClient _table = table ?? throw new ArgumentNullException(nameof(table));
    private volatile bool _tableExists;

    /// <summary>Replaces the person's schedule: their next slot after <paramref name="now"/> is stored.</summary>
    public async Task ScheduleAsync(string userKey, ConversationReference reference, CheckInSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        await StopAsync(userKey, cancellationToken).ConfigureAwait(false);
        await _table.AddEntityAsync(ToEntity(userKey, reference, schedule, schedule.NextAfter(now), isRetry: false, attempts: 0), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes every check-in of the person (stop, pause, blocked, deleted data).</summary>
    public async Task StopAsync(string userKey, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == DuePartition && e.GetString("UserKey") == userKey, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await _table.DeleteEntityAsync(DuePartition, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The person's stored check-ins, soonest first (for "when is my next check-in" and tests).</summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListForAsync(string userKey, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<ScheduledCheckIn>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == DuePartition && e.GetString("UserKey") == userKey, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(FromEntity(entity));
        }

        return found.OrderBy(c => c.DueAt).ToList();
    }

    /// <summary>Check-ins due at or before <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    /// <remarks>
    /// Every instance asks this every second, so the filter is a string: a LINQ filter is compiled
    /// to a delegate on every query by Azure.Data.Tables, which showed up in profiles of idle time.
    /// </remarks>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var upTo = $"{now.UtcTicks + 1:D19}";
        var due = new List<ScheduledCheckIn>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey lt {upTo}"), maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            due.Add(FromEntity(entity));
            if (due.Count >= max)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>
    /// Claims <paramref name="checkIn"/> for this instance. A daily check-in is replaced by the
    /// person's next slot after <paramref name="now"/> in the same transaction. False when another
    /// instance claimed it first.
    /// </summary>
    public async Task<bool> TryClaimAsync(ScheduledCheckIn checkIn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return (await ClaimAsync([checkIn], now, cancellationToken).ConfigureAwait(false)).Count == 1;
    }

    /// <summary>
    /// Claims for this instance those of <paramref name="checkIns"/> (at most
    /// <see cref="MaxClaimBatch"/>) that nobody else claimed since they were listed, in one
    /// transaction: each row is deleted on its ETag and, for a daily check-in, the person's next
    /// slot after <paramref name="now"/> is added. Returns the ones claimed here. A transaction is
    /// all or nothing, so when another instance got some of them first, the rows are read again
    /// (one query) and the rest is claimed; rows still unclaimed after a few tries stay due for the
    /// next pass.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ClaimAsync(IReadOnlyList<ScheduledCheckIn> checkIns, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        if (checkIns.Count > MaxClaimBatch)
        {
            throw new ArgumentException($"At most {MaxClaimBatch} check-ins are claimed in one transaction.", nameof(checkIns));
        }

        var pending = checkIns.Select(c => new Claim(c)).ToList();

        // Two daily rows of one person should not exist, but if they do they must not wedge the
        // batch by adding the same next slot twice: only the first adds it.
        foreach (var extra in pending.Where(c => !c.CheckIn.IsRetry).GroupBy(c => c.CheckIn.UserKey, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
        {
            extra.NextSlotExists = true;
        }

        for (var attempt = 0; attempt < ClaimAttempts && pending.Count > 0; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            var owners = new List<Claim>();
            foreach (var claim in pending)
            {
                foreach (var action in ClaimActions(claim, now))
                {
                    actions.Add(action);
                    owners.Add(claim);
                }
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return pending.Select(c => c.CheckIn).ToList();
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412 or 409)
            {
                if (e.FailedTransactionActionIndex is int index && index < actions.Count
                    && actions[index].ActionType == TableTransactionActionType.Add && e.Status == 409)
                {
                    // The person's next slot is already stored (their schedule was set again
                    // meanwhile): this row is claimed by deleting it alone.
                    owners[index].NextSlotExists = true;
                    continue;
                }

                pending = await StillUnclaimedAsync(pending, cancellationToken).ConfigureAwait(false);
            }
        }

        return [];
    }

    /// <summary>Stores a one-off retry of <paramref name="checkIn"/> at <paramref name="dueAt"/> (after a 429).</summary>
    public async Task RetryLaterAsync(ScheduledCheckIn checkIn, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        await _table.AddEntityAsync(ToEntity(checkIn.UserKey, checkIn.Reference, checkIn.Schedule, dueAt, isRetry: true, attempts: checkIn.Attempts + 1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the person's pending check-ins to <paramref name="dueAt"/> (snooze).</summary>
    public async Task SnoozeAsync(string userKey, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        foreach (var checkIn in await ListForAsync(userKey, cancellationToken).ConfigureAwait(false))
        {
            await _table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(DuePartition, checkIn.RowKey), checkIn.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(userKey, checkIn.Reference, checkIn.Schedule, dueAt, checkIn.IsRetry, checkIn.Attempts)),
            ], cancellationToken).ConfigureAwait(false);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static IEnumerable<TableTransactionAction> ClaimActions(Claim claim, DateTimeOffset now)
    {
        var checkIn = claim.CheckIn;
        yield return new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(DuePartition, checkIn.RowKey), checkIn.ETag);
        if (!checkIn.IsRetry && !claim.NextSlotExists)
        {
            var next = checkIn.Schedule.NextAfter(Max(now, checkIn.DueAt));
            yield return new TableTransactionAction(TableTransactionActionType.Add, ToEntity(checkIn.UserKey, checkIn.Reference, checkIn.Schedule, next, isRetry: false, attempts: 0));
        }
    }

    /// <summary>The claims whose rows are still there unchanged (one range query over their rows).</summary>
    private async Task<List<Claim>> StillUnclaimedAsync(List<Claim> claims, CancellationToken cancellationToken)
    {
        var first = claims.Select(c => c.CheckIn.RowKey).Min(StringComparer.Ordinal)!;
        var last = claims.Select(c => c.CheckIn.RowKey).Max(StringComparer.Ordinal)!;
        var current = new Dictionary<string, ETag>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey ge {first} and RowKey le {last}"),
            select: ["RowKey"],
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            current[entity.RowKey] = entity.ETag;
        }

        return claims.Where(c => current.TryGetValue(c.CheckIn.RowKey, out var etag) && etag == c.CheckIn.ETag).ToList();
    }

    private static TableEntity ToEntity(string userKey, ConversationReference reference, CheckInSchedule schedule, DateTimeOffset dueAt, bool isRetry, int attempts)
    {
        // The user hash keeps two people due at the same tick apart, and keeps ids out of the key.
        var userHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userKey)))[..16];
        return new TableEntity(DuePartition, $"{dueAt.UtcTicks:D19}-{userHash}-{(isRetry ? "r" + attempts : "d")}")
        {
            ["UserKey"] = userKey,
            ["DueAt"] = dueAt,
            ["Reference"] = JsonConvert.SerializeObject(reference),
            ["Times"] = schedule.TimesText,
            ["TimeZone"] = schedule.TimeZoneId,
            ["IsRetry"] = isRetry,
            ["Attempts"] = attempts,
        };
    }

    private static ScheduledCheckIn FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.ETag,
        entity.GetString("UserKey"),
        entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
        JsonConvert.DeserializeObject<ConversationReference>(entity.GetString("Reference"))!,
        new CheckInSchedule(CheckInSchedule.ParseTimes(entity.GetString("Times")), entity.GetString("TimeZone")),
        entity.GetBoolean("IsRetry") ?? false,
        entity.GetInt32("Attempts") ?? 0);

    /// <summary>One check-in being claimed, and what an earlier try found out about it.</summary>
    private sealed class Claim(ScheduledCheckIn checkIn)
    {
        public ScheduledCheckIn CheckIn { get; } = checkIn;

        public bool NextSlotExists { get; set; }
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableExists)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableExists = true;
        }
    }
}
