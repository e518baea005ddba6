using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Health;

/// <summary>
/// Writes the /healthz answer in the shape deployments and probes already read:
/// {"status":"healthy","storage":"reachable"}, or "unhealthy" and "unreachable" with 503.
/// </summary>
public static class HealthResponse
{
    /// <summary>Writes <paramref name="report"/> as the /healthz body.</summary>
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        var body = new Dictionary<string, string> { ["status"] = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy" };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = entry.Description ?? entry.Status.ToString().ToLowerInvariant();
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}
