using System.Diagnostics;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachBot.Hosting;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry to Azure Monitor, when the App Service has
/// APPLICATIONINSIGHTS_CONNECTION_STRING (the Bicep sets it). Nothing a person typed or that names
/// them leaves this way: requests are recorded by route template ("/exports/{token}", never the
/// token), calls out by host only (a table request's path holds a person's key, a connector's
/// their conversation id), and no query, client address or user agent is kept.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The setting that turns telemetry on.</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>What a request without a route (a static file, a 404) is recorded as.</summary>
    public const string UnroutedPath = "(unrouted)";

    // Request and call attributes that could carry a person's words, ids or address.
    private static readonly string[] DroppedTags = ["url.query", "client.address", "client.port", "user_agent.original", "http.request.header.cookie"];

    /// <summary>Adds OpenTelemetry with the Azure Monitor exporter when the connection string is set; otherwise nothing.</summary>
    public static WebApplicationBuilder AddCoachTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("CoachBot"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // A probe every few seconds says nothing about people and would drown the rest.
                    options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz");
                    options.EnrichWithHttpResponse = (activity, response) => RedactRequest(activity, response.HttpContext);
                })
                .AddHttpClientInstrumentation(options =>
                    options.EnrichWithHttpRequestMessage = (activity, request) => RedactCall(activity, request.RequestUri)))
            // The framework's own meters: requests by route template, calls by host.
            .WithMetrics(metrics => metrics.AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"))
            .WithLogging()
            .UseAzureMonitorExporter(options => options.ConnectionString = connectionString);
        return builder;
    }

    // The route's template instead of the path a person's request had.
    private static void RedactRequest(Activity activity, HttpContext http)
    {
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        activity.SetTag("url.path", route is null ? UnroutedPath : "/" + route.TrimStart('/'));
        DropPersonalTags(activity);
    }

    // Only where a call went, not what it named.
    private static void RedactCall(Activity activity, Uri? uri)
    {
        activity.SetTag("url.full", uri is null ? null : uri.GetLeftPart(UriPartial.Authority) + "/");
        activity.SetTag("url.path", null);
        DropPersonalTags(activity);
    }

    private static void DropPersonalTags(Activity activity)
    {
        foreach (var tag in DroppedTags)
        {
            activity.SetTag(tag, null);
        }
    }
}
