using CoachBot.Health;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace CoachBot.Hosting;

/// <summary>Maps the coach's HTTP endpoints.</summary>
public static class CoachBotEndpoints
{
    /// <summary>Direct Line's limit for one serialized activity; nothing legitimate is larger.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    /// <summary>Maps POST /api/messages and GET /healthz.</summary>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/messages", ProcessActivityAsync);
        app.MapGet("/healthz", ReportHealthAsync);
        app.MapLocalDirectLine();
        CoachBot.Exports.ExportEndpoints.MapExports(app);
        return app;
    }

    private static async Task ProcessActivityAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot)
    {
        if (http.Request.ContentLength > MaxActivityBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = MaxActivityBytes;
        }

        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> ReportHealthAsync(StorageHealthCheck storage, CancellationToken cancellationToken)
    {
        var reachable = await storage.IsReachableAsync(cancellationToken).ConfigureAwait(false);
        var body = new { status = reachable ? "healthy" : "unhealthy", storage = reachable ? "reachable" : "unreachable" };
        return reachable ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
