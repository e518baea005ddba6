using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CoachBot.DirectLine;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.WebChat;

/// <summary>
/// Who a Web Chat browser is. The page keeps a signed identity ("v1.{user id}.{signature}") in
/// localStorage and presents it for each new token; a user id the page merely names is never
/// trusted, because anyone could name someone else's. Only this host can make an identity, and one
/// made before a restart still holds (the key is configured or kept in storage).
/// </summary>
public sealed class WebChatIdentity
{
    private const string Version = "v1";
    private const string KeyName = "webchat-identity";

    private readonly HostKeyStore _keys;
    private readonly byte[]? _configuredKey;

    /// <summary>Creates the identity signer over the stored key or <see cref="DirectLineOptions.IdentityKey"/>.</summary>
    public WebChatIdentity(HostKeyStore keys, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        var configured = options.Value.IdentityKey;

        // Hashing a configured key gives a full-length HMAC key whatever its length.
        _configuredKey = string.IsNullOrEmpty(configured) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(configured));
    }

    /// <summary>The signed identity for <paramref name="userId"/>.</summary>
    public async Task<string> IssueAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var key = await KeyAsync(cancellationToken).ConfigureAwait(false);
        return Version + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(userId)) + "." + Base64Url.EncodeToString(Sign(key, userId));
    }

    /// <summary>The user id <paramref name="identity"/> vouches for, or null when this host did not sign it.</summary>
    public async Task<string?> ReadAsync(string? identity, CancellationToken cancellationToken)
    {
        var parts = identity?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Version || parts[1].Length > 256)
        {
            return null;
        }

        string userId;
        byte[] signature;
        try
        {
            userId = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!DirectLineRequests.IsAcceptableUserId(userId))
        {
            return null;
        }

        var key = await KeyAsync(cancellationToken).ConfigureAwait(false);

        // Constant time, so a signature cannot be found byte by byte from response times.
        return CryptographicOperations.FixedTimeEquals(signature, Sign(key, userId)) ? userId : null;
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken) =>
        _configuredKey ?? await _keys.GetAsync(KeyName, cancellationToken).ConfigureAwait(false);

    // The purpose is part of what is signed, so nothing else signed with the key can pass as an identity.
    private static byte[] Sign(byte[] key, string userId) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(KeyName + "|" + userId));
}
