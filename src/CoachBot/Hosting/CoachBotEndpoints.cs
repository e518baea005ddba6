using System.Text.Json;
using CoachBot.Health;
using CoachBot.WebChat;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace CoachBot.Hosting;

/// <summary>Maps the coach's HTTP endpoints.</summary>
public static class CoachBotEndpoints
{
    /// <summary>Direct Line's limit for one serialized activity; nothing legitimate is larger.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    private static readonly JsonDocumentOptions ActivityJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Maps POST /api/messages, GET /healthz, the Web Chat page, the export links and the area pictures.</summary>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/messages", ProcessActivityAsync);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        app.MapWebChatPage(localDirectLine: app.UsesLocalDirectLine());
        CoachBot.Exports.ExportEndpoints.MapExports(app);
        CoachBot.Pictures.PictureEndpoints.MapPictures(app);
        return app;
    }

    private static async Task ProcessActivityAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ServiceUrlPolicy serviceUrls)
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

        // The adapter fails deep inside a turn (a 500, or a state key with no conversation) when an
        // activity lacks the ids every channel sends, so those are refused here with a clear 400.
        var problem = await FindProblemAsync(http, serviceUrls).ConfigureAwait(false);
        if (problem is not null)
        {
            if (!http.Response.HasStarted && http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            await http.Response.WriteAsJsonAsync(new { error = new { code = "BadArgument", message = problem } }, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the activity once (the body is buffered and rewound for the adapter) and names what is
    /// missing: it must be a JSON object with conversation.id and from.id. Null when it is fine.
    /// </summary>
    private static async Task<string?> FindProblemAsync(HttpContext http, ServiceUrlPolicy serviceUrls)
    {
        http.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxActivityBytes);
        try
        {
            using var activity = await JsonDocument.ParseAsync(http.Request.Body, ActivityJson, http.RequestAborted).ConfigureAwait(false);
            var root = activity.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The body must be one activity, a JSON object.";
            }

            if (!HasId(root, "conversation"))
            {
                return "The activity needs conversation.id.";
            }

            if (!HasId(root, "from"))
            {
                return "The activity needs from.id.";
            }

            if (!serviceUrls.Allows(StringProperty(root, "serviceUrl"), http.Request.Host.Value ?? string.Empty))
            {
                return $"Without channel authentication replies go only to this machine or to {ServiceUrlPolicy.AllowedKey}; this serviceUrl is not one of them.";
            }
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits (a body over MaxActivityBytes without a Content-Length).
            http.Response.StatusCode = e.StatusCode;
            return "The activity could not be read.";
        }

        http.Request.Body.Position = 0;
        return null;
    }

    private static string? StringProperty(JsonElement activity, string name) =>
        activity.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } found
            ? found.Value.GetString()
            : null;

    // The adapter reads activities with Newtonsoft, which ignores the case of property names.
    private static bool HasId(JsonElement activity, string account)
    {
        foreach (var property in activity.EnumerateObject())
        {
            if (property.NameEquals(account) || property.Name.Equals(account, StringComparison.OrdinalIgnoreCase))
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                foreach (var field in property.Value.EnumerateObject())
                {
                    if (field.Name.Equals("id", StringComparison.OrdinalIgnoreCase))
                    {
                        return field.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(field.Value.GetString());
                    }
                }

                return false;
            }
        }

        return false;
    }
}
