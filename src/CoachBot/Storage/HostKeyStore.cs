using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;

namespace CoachBot.Storage;

/// <summary>
/// Keys this host signs with that must outlive the process (a Web Chat identity has to be
/// recognised after a restart and by every instance), kept in Table storage beside the data they
/// protect: wiping the storage wipes the identities with the data, and nothing else is needed to
/// deploy. A configured key, where there is one, is used instead and never stored.
/// </summary>
public sealed class HostKeyStore
{
    private const string PartitionKey = "keys";
    private const string KeyProperty = "Key";

    private readonly TableClient _table;
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _keys = new(StringComparer.Ordinal);

    /// <summary>Creates the store over <paramref name="table"/>.</summary>
    public HostKeyStore(TableClient table) => _table = table ?? throw new ArgumentNullException(nameof(table));

    /// <summary>
    /// The 32-byte key called <paramref name="name"/>, made at random the first time any instance
    /// asks for it. Read once per process; a failed read is tried again on the next call.
    /// </summary>
    public async Task<byte[]> GetAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var lazy = _keys.GetOrAdd(name, n => new Lazy<Task<byte[]>>(() => LoadOrCreateAsync(n)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (lazy.Value is { IsCompleted: true, IsCompletedSuccessfully: false })
        {
            // The load failed (storage away, say): forget it so the next request tries again. A
            // caller who gave up leaves the load running for the others.
            _keys.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(name, lazy));
            throw;
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(string name)
    {
        // Not the caller's token: one caller giving up must not fail the load the others wait on.
        var existing = await ReadAsync(name).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        await _table.CreateIfNotExistsAsync().ConfigureAwait(false);
        var entity = new TableEntity(PartitionKey, name) { [KeyProperty] = RandomNumberGenerator.GetBytes(32) };
        try
        {
            await _table.AddEntityAsync(entity).ConfigureAwait(false);
            return (byte[])entity[KeyProperty];
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another instance made it first: everyone must sign with the same key, so take theirs.
            return await ReadAsync(name).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The host key '{name}' was created and then disappeared.");
        }
    }

    private async Task<byte[]?> ReadAsync(string name)
    {
        try
        {
            var found = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, name).ConfigureAwait(false);
            return found.HasValue ? found.Value!.GetBinary(KeyProperty) : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The table itself does not exist yet.
            return null;
        }
    }
}
