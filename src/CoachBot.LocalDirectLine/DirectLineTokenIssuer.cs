using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// Issues and checks the local Direct Line's tokens. They are JWTs signed with HMAC-SHA256, like
/// Azure's: Web Chat decodes the token (without verifying it) to learn the user id from the
/// "user" claim, so the shape matters, while only this host can make or check one.
/// </summary>
public sealed class DirectLineTokenIssuer
{
    private const string Issuer = "coachbot-local-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string ExpiryClaim = "exp";

    // The header never changes, so it is encoded once.
    private static readonly string EncodedHeader = Base64Url(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <summary>Creates the issuer with the configured signing key, or a random one for this process.</summary>
    public DirectLineTokenIssuer(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var configuredKey = options.Value.TokenSigningKey;

        // Hashing a configured key gives a full-length HMAC key whatever its length.
        _key = string.IsNullOrEmpty(configuredKey)
            ? RandomNumberGenerator.GetBytes(32)
            : SHA256.HashData(Encoding.UTF8.GetBytes(configuredKey));
        _time = time;
        Lifetime = options.Value.TokenLifetime;
    }

    /// <summary>How long the tokens this issuer makes are valid.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>Makes a token for <paramref name="userId"/> on <paramref name="conversationId"/>.</summary>
    public string Issue(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = _time.GetUtcNow();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            [ConversationClaim] = conversationId,
            [UserClaim] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            [ExpiryClaim] = now.Add(Lifetime).ToUnixTimeSeconds(),
        };
        var unsigned = EncodedHeader + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url(Sign(unsigned));
    }

    /// <summary>Checks <paramref name="token"/> and, when it was made here, says what it grants.</summary>
    public DirectLineTokenStatus Read(string? token, out DirectLineToken? granted)
    {
        granted = null;
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != EncodedHeader)
        {
            return DirectLineTokenStatus.Invalid;
        }

        var signature = FromBase64Url(parts[2]);
        var expected = Sign(parts[0] + "." + parts[1]);

        // Constant time, so the signature cannot be guessed byte by byte from response times.
        if (signature is null || !CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return DirectLineTokenStatus.Invalid;
        }

        if (!TryParsePayload(parts[1], out var conversationId, out var userId, out var expiresAt))
        {
            return DirectLineTokenStatus.Invalid;
        }

        granted = new DirectLineToken(conversationId, userId, expiresAt);
        return _time.GetUtcNow() >= expiresAt ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid;
    }

    private static bool TryParsePayload(string encoded, out string conversationId, out string userId, out DateTimeOffset expiresAt)
    {
        conversationId = userId = string.Empty;
        expiresAt = default;
        var bytes = FromBase64Url(encoded);
        if (bytes is null)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement;
            conversationId = root.GetProperty(ConversationClaim).GetString() ?? string.Empty;
            userId = root.GetProperty(UserClaim).GetString() ?? string.Empty;
            expiresAt = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty(ExpiryClaim).GetInt64());
            return conversationId.Length > 0 && userId.Length > 0;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
