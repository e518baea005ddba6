using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CoachBot.Testing;

namespace CoachBot.Benchmarks;

/// <summary>
/// A channel's Connector service on a loopback Kestrel port: accepts the bot's messages at
/// POST /v3/conversations/{id}/activities[/{replyToId}], answers a share of calls with 429 and
/// Retry-After: 1 (as Teams does when a bot sends too fast), and records every delivered activity
/// by conversation.
/// </summary>
public sealed class SimulatedChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly double _throttledShare;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _delivered = new();
    private int _calls;
    private int _throttled;

    private SimulatedChannel(WebApplication app, string serviceUrl, double throttledShare)
    {
        _app = app;
        ServiceUrl = serviceUrl;
        _throttledShare = throttledShare;
    }

    /// <summary>The serviceUrl conversation references point at.</summary>
    public string ServiceUrl { get; }

    /// <summary>Calls received, including throttled ones.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Calls answered with 429.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Activities delivered (not throttled), by conversation id.</summary>
    public IReadOnlyDictionary<string, ConcurrentQueue<string>> Delivered => _delivered;

    /// <summary>Delivered activities in all.</summary>
    public int DeliveredCount => _delivered.Values.Sum(q => q.Count);

    /// <summary>Starts the channel on a free loopback port.</summary>
    public static async Task<SimulatedChannel> StartAsync(double throttledShare)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var channel = new SimulatedChannel(app, $"http://127.0.0.1:{port}/", throttledShare);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", channel.ReceiveAsync);
        await app.StartAsync().ConfigureAwait(false);
        return channel;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReceiveAsync(HttpContext http, string conversationId)
    {
        Interlocked.Increment(ref _calls);
        if (Random.Shared.NextDouble() < _throttledShare)
        {
            Interlocked.Increment(ref _throttled);
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "1";
            await http.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Slow down." } }).ConfigureAwait(false);
            return;
        }

        using var body = await JsonDocument.ParseAsync(http.Request.Body).ConfigureAwait(false);
        var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        _delivered.GetOrAdd(conversationId, _ => new ConcurrentQueue<string>()).Enqueue(text);
        await http.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString("N") }).ConfigureAwait(false);
    }
}
