using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Hosting;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Hosting;

/// <summary>
/// With APPLICATIONINSIGHTS_CONNECTION_STRING set the host sends traces, metrics and logs; what
/// would go to Azure Monitor is caught here by OpenTelemetry's in-memory exporters (Azure itself
/// cannot run here) and searched for anything a person typed or that names them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class TelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_session_and_an_export_leave_no_words_ids_or_links_of_the_person_in_traces_metrics_or_logs()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var logs = new List<LogRecord>();
        var table = azurite.UniqueTableName("otel");
        var settings = new Dictionary<string, string?>
        {
            [TelemetryExtensions.ConnectionStringKey] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
            ["Coach:TimeScale"] = "0.01",
            ["Storage:PainRatingsTable"] = table + "Ratings",
            ["Storage:ExportLinksTable"] = table + "Exports",
        };

        // Kestrel on a real port, as in production: the in-memory test server runs each request
        // inside the caller's trace context, which would decide whether its span is recorded.
        await using var channel = await RecordingChannel.StartAsync();
        var port = FreePort.Next();
        await using var factory = new CoachBotFactory(azurite.ConnectionString, table + "State", settings, configureServices: services =>
        {
            // Every trace, where Azure Monitor's exporter would sample a few a second.
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(logs));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        factory.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var chat = new CoachConversation(client, channel);
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "my neck, from sleeping wrong", "left", "2 weeks", "6");
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "no", "export for my therapist");
        var ready = await chat.SendAsync("warfarin 5 mg daily");
        var link = new Uri(LinkPattern().Match(string.Join("\n", ready)).Value);
        using var report = await client.GetAsync(link.PathAndQuery);

        // A server span ends after its response reached the client: wait for the export's.
        // (A bound for a broken run, not a measurement.)
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!spans.ToArray().Any(IsExportRequest) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var exported = Describe([.. spans.ToArray()], [.. metrics.ToArray()], [.. logs.ToArray()]);

        Assert.True(report.IsSuccessStatusCode);
        Assert.Contains(spans.ToArray(), s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/api/messages");
        Assert.Contains(spans.ToArray(), IsExportRequest);
        // Table storage calls are traced, by host only.
        Assert.Contains(spans.ToArray(), s => s.Kind == ActivityKind.Client && (string?)s.GetTagItem("url.full") == $"http://127.0.0.1:{azurite.Azurite.Port}/");
        Assert.NotEmpty(metrics);
        foreach (var secret in new[] { chat.UserId, chat.ConversationId, "sleeping wrong", "warfarin", link.Segments[^1], "PartitionKey" })
        {
            Assert.DoesNotContain(secret, exported, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool IsExportRequest(Activity span) =>
        span.Kind == ActivityKind.Server && ((string?)span.GetTagItem("url.path"))?.StartsWith("/exports/{token}", StringComparison.Ordinal) == true;

    private static string Describe(List<Activity> spans, List<Metric> metrics, List<LogRecord> logs)
    {
        var all = new StringBuilder();
        foreach (var span in spans)
        {
            all.AppendLine(span.DisplayName);
            foreach (var (key, value) in span.TagObjects)
            {
                all.Append(key).Append('=').AppendLine(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (var metric in metrics)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    all.Append(tag.Key).Append('=').AppendLine(Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        foreach (var log in logs)
        {
            all.AppendLine(log.FormattedMessage ?? log.Body);
            foreach (var (key, value) in log.Attributes ?? [])
            {
                all.Append(key).Append('=').AppendLine(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return all.ToString();
    }

    [GeneratedRegex(@"https?://\S+/exports/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
