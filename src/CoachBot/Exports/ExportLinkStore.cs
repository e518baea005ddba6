using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace CoachBot.Exports;

/// <summary>
/// Therapist export links in Table storage. A link is a bearer secret (whoever has the URL sees the
/// person's log), so the token is 32 random bytes, the table keeps only its SHA-256 (a leaked table
/// or backup does not leak working links), and a link works for <see cref="Lifetime"/> only.
/// </summary>
public sealed class ExportLinkStore
{
    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The longest notes kept; a string property holds 32K characters and a report needs far less.</summary>
    public const int MaxNotesLength = 4000;

    // 32 bytes in base64url without padding.
    private const int TokenLength = 43;

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private volatile bool _tableExists;

    /// <summary>Creates a store over <paramref name="table"/>, reading the time from <paramref name="time"/>.</summary>
    public ExportLinkStore(TableClient table, TimeProvider time)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Deletes every link that ran out before <paramref name="now"/>, notes included; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        DeleteWhereAsync(TableClient.CreateQueryFilter($"ExpiresAt lt {now}"), cancellationToken);

    /// <summary>Deletes every link of <paramref name="userKey"/> (with its notes); returns how many there were.</summary>
    public Task<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        return DeleteWhereAsync(TableClient.CreateQueryFilter($"UserKey eq {userKey}"), cancellationToken);
    }

    /// <summary>Makes a new link to <paramref name="userKey"/>'s log, valid for 24 hours.</summary>
    /// <param name="userKey">Whose ratings the link opens.</param>
    /// <param name="notes">Medications and health conditions the person chose to add, or null.</param>
    /// <param name="locale">The person's locale, for area names; null for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<IssuedExportLink> CreateAsync(string userKey, string? notes, string? locale, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        notes = notes?.Trim() ?? string.Empty;
        if (notes.Length > MaxNotesLength)
        {
            throw new ArgumentException($"Notes are limited to {MaxNotesLength} characters.", nameof(notes));
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = _time.GetUtcNow();
        var link = new ExportLink(userKey, notes, string.IsNullOrWhiteSpace(locale) ? "en" : locale, now, now + Lifetime);
        // The hash is both keys: Azurite finds rows by RowKey first, and a shared RowKey meant a scan.
        var key = Hash(token);
        var entity = new TableEntity(key, key)
        {
            ["UserKey"] = link.UserKey,
            ["Notes"] = link.Notes,
            ["Locale"] = link.Locale,
            ["CreatedAt"] = link.CreatedAt,
            ["ExpiresAt"] = link.ExpiresAt,
        };

        // Add, not upsert: a collision of 256 random bits will not happen, but if it did it must fail
        // rather than hand one person's link to another.
        await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        return new IssuedExportLink(token, link);
    }

    /// <summary>Looks up the link of <paramref name="token"/> as of now.</summary>
    public async Task<ExportLinkLookup> FindAsync(string? token, CancellationToken cancellationToken)
    {
        // Anything that cannot be a token is unknown without asking storage.
        if (token is null || token.Length != TokenLength || !Base64Url.IsValid(token))
        {
            return ExportLinkLookup.Unknown;
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var key = Hash(token);
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(key, key, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return ExportLinkLookup.Unknown;
        }

        var expiresAt = entity.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue;
        if (_time.GetUtcNow() >= expiresAt)
        {
            return ExportLinkLookup.Expired;
        }

        var link = new ExportLink(
            entity.GetString("UserKey"),
            entity.GetString("Notes") ?? string.Empty,
            entity.GetString("Locale") ?? "en",
            entity.GetDateTimeOffset("CreatedAt") ?? expiresAt - Lifetime,
            expiresAt);
        return new ExportLinkLookup(ExportLinkStatus.Valid, link);
    }

    private static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private async Task<int> DeleteWhereAsync(string filter, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
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
