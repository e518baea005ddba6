using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.Conversation;

/// <summary>
/// A stand-in for a channel's Connector service (Teams and Azure Direct Line cannot run here): a
/// real HTTP server on a loopback port that accepts the bot's replies and proactive messages at
/// the Bot Framework's paths and records them in order.
/// </summary>
public sealed class RecordingChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JObject> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private RecordingChannel(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    /// <summary>The serviceUrl activities should carry so replies come here.</summary>
    public string ServiceUrl { get; }

    /// <summary>
    /// Decides the answer to a delivery by conversation id: null accepts it, a status code (429,
    /// 403, 404) refuses it the way Teams does. Refused deliveries are not recorded.
    /// </summary>
    public Func<string, int?> Refuse { get; set; } = _ => null;

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<JObject> Received => [.. _received];

    /// <summary>Starts a channel on a free loopback port.</summary>
    public static async Task<RecordingChannel> StartAsync()
    {
        var port = CoachBot.Testing.FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var channel = new RecordingChannel(app, $"http://127.0.0.1:{port}/");
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", channel.RecordAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", channel.RecordAsync);
        await app.StartAsync();
        return channel;
    }

    /// <summary>Waits until an activity received after index <paramref name="from"/> matches; returns its index.</summary>
    public async Task<int> WaitForAsync(Func<JObject, bool> match, int from = 0, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var received = Received;
            for (var i = from; i < received.Count; i++)
            {
                if (match(received[i]))
                {
                    return i;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("The bot never sent the expected message. It sent:\n" + string.Join("\n", received.Skip(from).Select(a => "  " + (string?)a["text"])));
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpRequest request, HttpResponse response, string conversationId)
    {
        if (Refuse(conversationId) is { } status)
        {
            if (status == StatusCodes.Status429TooManyRequests)
            {
                response.Headers.RetryAfter = "2";
            }

            return Results.Json(new { error = new { code = status == 429 ? "TooManyRequests" : "ConversationBlockedByUser", message = "refused by the test channel" } }, statusCode: status);
        }

        using var reader = new StreamReader(request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        _received.Enqueue(activity);
        _arrived.Release();
        return Results.Ok(new { id = Guid.NewGuid().ToString("N") });
    }
}
