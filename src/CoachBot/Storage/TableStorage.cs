using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace CoachBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over Azure Table storage: one entity per state key.
/// The JSON is split across string properties because one property holds at most 32K characters,
/// and an item too large for one entity (1 MiB) fails with <see cref="StateTooLargeException"/>.
/// Items that implement <see cref="IStoreItem"/> get optimistic concurrency from the table's ETag;
/// everything else is last-writer-wins, as in the official storage providers.
/// </summary>
public sealed class TableStorage : IStorage
{
    /// <summary>Characters per JSON property; under the 32K limit with room to spare.</summary>
    public const int ChunkLength = 30_000;

    /// <summary>The largest JSON accepted, in bytes as stored (UTF-16); the rest of 1 MiB is keys and headers.</summary>
    public const long MaxJsonBytes = 1_000_000;

    private const string ChunkCountProperty = "Chunks";
    private const string ChunkPropertyPrefix = "Json";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // Type names only where the declared type does not say it (values typed object, interfaces):
        // enough to bring dialog state back as the objects that wrote it, at a fraction of the size.
        TypeNameHandling = TypeNameHandling.Auto,

        // Stored activities (prompts) have dozens of unset properties; leaving them out halves the state.
        NullValueHandling = NullValueHandling.Ignore,
        SerializationBinder = AllowedTypesBinder.Instance,
        MaxDepth = 64,
    });

    private readonly TableClient _table;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _tableExists;

    /// <summary>Creates the storage over <paramref name="table"/>, creating the table on first use.</summary>
    public TableStorage(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <summary>
    /// The PartitionKey and the RowKey of the row holding <paramref name="stateKey"/>: each state item
    /// is one row alone in its partition, so every read is a point read. The RowKey repeats the
    /// PartitionKey rather than being a constant because Azurite looks rows up by RowKey first:
    /// with one shared RowKey every read scanned every state row (Azure Table storage does not care).
    /// </summary>
    public static string EntityKey(string stateKey) => TableKeyEncoder.Encode(stateKey);

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);

        var reads = keys.Distinct().Select(async key =>
        {
            var entityKey = EntityKey(key);
            var response = await _table.GetEntityIfExistsAsync<TableEntity>(entityKey, entityKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (key, entity: response.HasValue ? response.Value : null);
        });

        var found = new Dictionary<string, object>();
        foreach (var (key, entity) in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (entity is null)
            {
                continue;
            }

            var item = Deserialize(JoinChunks(entity));
            if (item is IStoreItem storeItem)
            {
                storeItem.ETag = entity.ETag.ToString();
            }

            if (item is not null)
            {
                found[key] = item;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);

        var writes = changes.Select(async change =>
        {
            var entity = ToEntity(change.Key, change.Value);
            var etag = (change.Value as IStoreItem)?.ETag;
            if (string.IsNullOrEmpty(etag) || etag == "*")
            {
                await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }

            try
            {
                await _table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // 404: the item was deleted since it was read; for the writer that is the same conflict.
                throw new StorageConflictException(e);
            }
        });

        await Task.WhenAll(writes).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var deletes = keys.Distinct().Select(EntityKey).Select(entityKey =>
            _table.DeleteEntityAsync(entityKey, entityKey, ETag.All, cancellationToken));
        await Task.WhenAll(deletes).ConfigureAwait(false);
    }

    private static TableEntity ToEntity(string key, object value)
    {
        var json = Serialize(value);
        long bytes = json.Length * sizeof(char);
        if (bytes > MaxJsonBytes)
        {
            throw new StateTooLargeException(bytes, MaxJsonBytes);
        }

        var entityKey = EntityKey(key);
        var entity = new TableEntity(entityKey, entityKey);
        var chunks = 0;
        for (var start = 0; start < json.Length; start += ChunkLength, chunks++)
        {
            entity[ChunkPropertyPrefix + chunks] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }

        entity[ChunkCountProperty] = chunks;
        return entity;
    }

    private static string JoinChunks(TableEntity entity)
    {
        var chunks = entity.GetInt32(ChunkCountProperty) ?? 0;
        var json = new StringBuilder();
        for (var i = 0; i < chunks; i++)
        {
            json.Append(entity.GetString(ChunkPropertyPrefix + i));
        }

        return json.ToString();
    }

    private static string Serialize(object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, value, typeof(object));
        return writer.ToString();
    }

    private static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader, typeof(object));
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableExists)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_tableExists)
            {
                // Not cached until it succeeds, so a storage outage at start-up heals by itself.
                await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _tableExists = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }
}
