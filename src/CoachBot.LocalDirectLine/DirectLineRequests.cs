using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CoachBot.DirectLine;

/// <summary>Reads Direct Line request bodies with Direct Line's limits.</summary>
public static partial class DirectLineRequests
{
    /// <summary>Direct Line's limit for one serialized activity, in characters.</summary>
    public const int MaxActivityChars = 256 * 1024;

    /// <summary>
    /// Reads the body as text of at most <paramref name="maxChars"/> characters; null when it is
    /// longer (the caller answers 413). It stops reading at the limit, so a huge body costs little.
    /// </summary>
    public static async Task<string?> ReadLimitedAsync(HttpRequest request, int maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // UTF-8 needs at most 4 bytes a character, so a longer declared body cannot fit.
        if (request.ContentLength > (long)maxChars * 4)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        var buffer = new char[16 * 1024];
        var text = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                return null;
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>
    /// The user id in a tokens/generate or conversations body ({"user": {"id": "..."}}): null when
    /// there is none, or <paramref name="invalid"/> when there is one this host will not accept.
    /// </summary>
    public static async Task<(string? UserId, bool Invalid)> ReadUserIdAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadLimitedAsync(request, 4 * 1024, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, true);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, false);
        }

        try
        {
            var token = JObject.Parse(body).SelectToken("user.id");
            var id = token?.Type == JTokenType.String ? (string?)token : null;
            return string.IsNullOrEmpty(id) ? (null, false) : (id, !IsAcceptableUserId(id));
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    /// <summary>
    /// The string property <paramref name="name"/> at the top of a small JSON body (such as the
    /// page's {"identity": "..."}); null when the body is missing, too long, not JSON or has none.
    /// </summary>
    public static async Task<string?> ReadStringPropertyAsync(HttpRequest request, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadLimitedAsync(request, 4 * 1024, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JObject.Parse(body)[name] is { Type: JTokenType.String } value ? (string?)value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="userId"/> may be a user id here: it ends up in storage keys and logs.</summary>
    public static bool IsAcceptableUserId(string userId) => UserIdPattern().IsMatch(userId);

    /// <summary>A new random user id, with Direct Line's prefix for ids a token vouches for.</summary>
    public static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");

    // Plain and short.
    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,128}$")]
    private static partial Regex UserIdPattern();
}
