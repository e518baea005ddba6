using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.DirectLine;

/// <summary>Raw Direct Line 3.0 calls, as a client makes them, for the protocol tests.</summary>
public sealed class DirectLineApi(HttpClient http)
{
    /// <summary>
    /// The local secret <see cref="DirectLineHost"/> configures unless a test says otherwise: the
    /// tests act as a trusted server-side caller, the only kind that may name any user id.
    /// </summary>
    public const string TestSecret = "local-direct-line-secret-of-the-tests";

    /// <summary>POST tokens/generate for <paramref name="userId"/>, as a trusted caller with the secret.</summary>
    public async Task<JObject> GenerateTokenAsync(string userId)
    {
        using var response = await GenerateTokenAsync(userId, TestSecret);
        return await ReadSuccessAsync(response);
    }

    /// <summary>POST tokens/generate naming <paramref name="userId"/> (or none) with <paramref name="credential"/>; the response is the caller's to check.</summary>
    public Task<HttpResponseMessage> GenerateTokenAsync(string? userId, string? credential) =>
        SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", credential, userId is null ? null : new JObject { ["user"] = new JObject { ["id"] = userId } });

    /// <summary>POST conversations with <paramref name="token"/>; the response is the caller's to check.</summary>
    public Task<HttpResponseMessage> StartAsync(string token) => SendAsync(HttpMethod.Post, "v3/directline/conversations", token);

    /// <summary>A generated token's conversation, started: its id, token and stream URL.</summary>
    public async Task<JObject> StartNewAsync(string userId)
    {
        var grant = await GenerateTokenAsync(userId);
        using var response = await StartAsync((string)grant["token"]!);
        return await ReadSuccessAsync(response);
    }

    /// <summary>GET activities from <paramref name="watermark"/>.</summary>
    public Task<HttpResponseMessage> GetActivitiesAsync(string conversationId, string? token, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

    /// <summary>GET activities until one matches (the bot answers asynchronously), returning all read.</summary>
    public async Task<JArray> WaitForActivityAsync(string conversationId, string token, Func<JObject, bool> match, string what)
    {
        // A bound for a broken run, not a measurement.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await GetActivitiesAsync(conversationId, token);
            var activities = (JArray)(await ReadSuccessAsync(response))["activities"]!;
            if (activities.OfType<JObject>().Any(match))
            {
                return activities;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Never saw {what}; the conversation has:\n{activities}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>POST one activity.</summary>
    public Task<HttpResponseMessage> PostAsync(string conversationId, string? token, JObject activity) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, activity);

    /// <summary>A message as Web Chat sends it, with its clientActivityID.</summary>
    public static JObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JObject { ["id"] = "whoever" },
        ["locale"] = "en-US",
        ["localTimezone"] = "Europe/Berlin",
        ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
    };

    /// <summary>The event the coach's page sends once Direct Line connects, with the browser's locale.</summary>
    public static JObject Join(string locale) => new()
    {
        ["type"] = "event",
        ["name"] = "webchat/join",
        ["from"] = new JObject { ["id"] = "whoever" },
        ["locale"] = locale,
        ["value"] = new JObject { ["locale"] = locale },
    };

    /// <summary>Sends a request with an optional bearer token and JSON body.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JObject? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    /// <summary>The JSON body of a successful response; otherwise fails with the body.</summary>
    public static async Task<JObject> ReadSuccessAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JObject.Parse(body);
    }

    /// <summary>The error code of a Direct Line error body.</summary>
    public static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response) =>
        (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]?["code"];

    /// <summary>The claims of a JWT, decoded without verifying it, as Web Chat does.</summary>
    public static JObject DecodeClaims(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
    }
}
