using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using CoachBot.Dialogs.Ratings;

namespace CoachBot.Storage;

/// <summary>
/// Pain ratings in the PainRatings table: one immutable entity per rating, the person's key as
/// PartitionKey and a time-sortable RowKey. Each rating is written in one transaction with a small
/// marker entity named after its delivery, so a channel that re-delivers the same message (Teams
/// and Direct Line retry after 15 s) cannot create a second rating: the marker already exists and
/// the whole transaction is refused.
/// </summary>
public sealed class TablePainLog(TableClient table) : IPainLog
{
    // Ratings sort before markers, and a query for ratings is a RowKey range.
    private const string RatingPrefix = "r";
    private const string RatingRangeEnd = "s";
    private const string MarkerPrefix = "~delivery-";

    private readonly TableClient _table = table ?? throw new ArgumentNullException(nameof(table));
    private volatile bool _tableExists;

    /// <inheritdoc />
    public async Task<bool> RecordAsync(PainRating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        if (rating.Rating is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating.Rating, "A pain rating is 0 to 10.");
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeyEncoder.Encode(rating.UserKey);
        var deliveryHash = Hash(rating.DeliveryId);
        var entity = new TableEntity(partition, $"{RatingPrefix}{rating.RecordedAt.UtcTicks:D19}-{deliveryHash[..12]}")
        {
            ["UserKey"] = rating.UserKey,
            ["RecordedAt"] = rating.RecordedAt,
            ["Rating"] = rating.Rating,
            ["Phase"] = rating.Phase,
            ["Area"] = rating.Area,
            ["Side"] = rating.Side,
            ["ProgramDay"] = rating.ProgramDay,
            ["SessionId"] = rating.SessionId,
            ["LocalDate"] = rating.LocalDate,
            ["TimeZone"] = rating.TimeZone,
            ["Channel"] = rating.Channel,
            ["DeliveryId"] = deliveryHash,
        };
        var marker = new TableEntity(partition, MarkerPrefix + deliveryHash);

        try
        {
            await _table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, entity), new TableTransactionAction(TableTransactionActionType.Add, marker)],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PainRating>> ListAsync(string userKey, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var ratings = new List<PainRating>();
        await foreach (var entity in QueryRatingsAsync(userKey, cancellationToken).ConfigureAwait(false))
        {
            ratings.Add(new PainRating(
                entity.GetString("UserKey"),
                entity.GetDateTimeOffset("RecordedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
                entity.GetInt32("Rating") ?? 0,
                entity.GetString("Phase"),
                entity.GetString("Area"),
                entity.GetString("Side") ?? string.Empty,
                entity.GetInt32("ProgramDay") ?? 0,
                entity.GetString("SessionId"),
                entity.GetString("LocalDate"),
                entity.GetString("TimeZone"),
                entity.GetString("Channel"),
                entity.GetString("DeliveryId")));
        }

        return ratings;
    }

    /// <summary>Deletes every rating recorded before <paramref name="cutoff"/> (the retention limit); returns how many.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RecordedAt lt {cutoff}"), select: ["PartitionKey", "RowKey", "DeliveryId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // The delivery marker goes with its rating: it holds the person's key too.
            await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            if (entity.GetString("DeliveryId") is { } delivery)
            {
                await _table.DeleteEntityAsync(entity.PartitionKey, MarkerPrefix + delivery, ETag.All, cancellationToken).ConfigureAwait(false);
            }

            deleted++;
        }

        return deleted;
    }

    /// <inheritdoc />
    public async Task<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeyEncoder.Encode(userKey);
        var ratings = 0;
        var keys = new List<string>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keys.Add(entity.RowKey);
            if (entity.RowKey.StartsWith(RatingPrefix, StringComparison.Ordinal))
            {
                ratings++;
            }
        }

        // Transactions take at most 100 entities, all from one partition.
        foreach (var chunk in keys.Chunk(100))
        {
            await _table.SubmitTransactionAsync(
                chunk.Select(rowKey => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, rowKey), ETag.All)),
                cancellationToken).ConfigureAwait(false);
        }

        return ratings;
    }

    private IAsyncEnumerable<TableEntity> QueryRatingsAsync(string userKey, CancellationToken cancellationToken)
    {
        var partition = TableKeyEncoder.Encode(userKey);
        return _table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(RatingPrefix) >= 0 && e.RowKey.CompareTo(RatingRangeEnd) < 0,
            cancellationToken: cancellationToken);
    }

    private static string Hash(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value))).ToLower(CultureInfo.InvariantCulture);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableExists)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableExists = true;
        }
    }
}
