using System.Collections.Concurrent;
using System.Net;
using CoachBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.WebChat;

/// <summary>
/// A stand-in for Azure Direct Line's tokens/generate on a loopback port: it records what it was
/// sent and answers like Azure, or with <see cref="FailWith"/> when set.
/// </summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAzureDirectLine(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The fake's base URL (what DirectLine:AzureEndpoint points at).</summary>
    public Uri Endpoint { get; }

    /// <summary>The Authorization header and body of every tokens/generate request.</summary>
    public ConcurrentQueue<(string? Authorization, string Body)> Requests { get; } = new();

    /// <summary>When set, every request gets this status instead of a token.</summary>
    public HttpStatusCode? FailWith { get; set; }

    /// <summary>The token the fake hands out.</summary>
    public string IssuedToken { get; } = "azure-token-" + Guid.NewGuid().ToString("N");

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAzureDirectLine(app, new Uri($"http://127.0.0.1:{port}"));
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake.Requests.Enqueue((request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return fake.FailWith is { } status
                ? Results.StatusCode((int)status)
                : Results.Json(new { conversationId = "azure-conversation-1", token = fake.IssuedToken, expires_in = 3600 });
        });
        await app.StartAsync();
        return fake;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
