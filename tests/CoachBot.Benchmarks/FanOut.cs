using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using CoachBot.Bot;
using CoachBot.CheckIns;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CoachBot.Benchmarks;

/// <summary>What the fan-out did.</summary>
public sealed record FanOutResult(
    int People,
    double SecondsToDeliverAll,
    bool AllDelivered,
    int ReachedBySender,
    int ReachedOnChannel,
    int ChannelMessages,
    int Duplicates,
    int Misses,
    int ChannelCalls,
    int Throttled,
    string SenderOutcomes,
    bool BotSentNothing,
    string Diagnosis);

/// <summary>
/// Check-in fan-out: many check-ins due in the same minute, two bot instances each running the
/// production dispatcher with the production sender (AdapterCheckInSender over the coach's own
/// CloudAdapter), a simulated channel that throttles a share of calls.
/// </summary>
public static class FanOut
{
    /// <summary>How long to wait for everything to arrive before counting the rest as missed.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(150);

    /// <summary>Runs the fan-out of <paramref name="people"/> check-ins.</summary>
    public static async Task<FanOutResult> RunAsync(string connectionString, int people, double throttledShare)
    {
        await using var channel = await SimulatedChannel.StartAsync(throttledShare).ConfigureAwait(false);
        var tableName = "FanOut" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        var dueAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);

        // Two bot instances: two hosts as production registers them (not listening: check-ins go out, nothing comes in).
        await using var first = await BenchHost.StartCoachAsync(connectionString, listen: false).ConfigureAwait(false);
        await using var second = await BenchHost.StartCoachAsync(connectionString, listen: false).ConfigureAwait(false);
        Console.WriteLine($"  seeding {people:N0} people enrolled in the program, and their check-ins...");
        await SeedAsync(new TableClient(connectionString, tableName), channel.ServiceUrl, people, dueAt).ConfigureAwait(false);
        await EnrolAsync(first.App.Services.GetRequiredService<IStorage>(), people, dueAt).ConfigureAwait(false);
        var senders = new[] { Sender(first), Sender(second) };
        var storeCounter = new TableRequestCounter();
        var dispatchers = new[] { Dispatcher(first, connectionString, tableName, senders[0], storeCounter), Dispatcher(second, connectionString, tableName, senders[1], storeCounter) };

        var sanity = await new TableCheckInStore(new TableClient(connectionString, tableName)).ListDueAsync(DateTimeOffset.UtcNow, 3, CancellationToken.None).ConfigureAwait(false);
        if (sanity.Count == 0)
        {
            throw new InvalidOperationException("The seeded check-ins are not listed as due: the benchmark's seeding no longer matches TableCheckInStore.");
        }

        storeCounter.Reset();
        first.Counter.Reset();
        second.Counter.Reset();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        foreach (var dispatcher in dispatchers)
        {
            await dispatcher.StartAsync(stop.Token).ConfigureAwait(false);
        }

        double? doneAt = null;
        while (clock.Elapsed < GiveUpAfter)
        {
            var bySender = senders.SelectMany(s => s.Delivered.Keys).Distinct().Count();
            var onChannel = channel.Delivered.Count;
            if (bySender >= people && (onChannel >= people || channel.DeliveredCount == 0))
            {
                doneAt = clock.Elapsed.TotalSeconds;
                break;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        // A little longer, so a late second delivery would still be seen.
        await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        foreach (var dispatcher in dispatchers)
        {
            await dispatcher.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var deliveredBy = new ConcurrentDictionary<string, int>();
        foreach (var sender in senders)
        {
            foreach (var (user, count) in sender.Delivered)
            {
                deliveredBy.AddOrUpdate(user, count, (_, c) => c + count);
            }
        }

        var botSentNothing = channel.DeliveredCount == 0;
        var duplicates = botSentNothing
            ? deliveredBy.Count(d => d.Value > 1)
            : channel.Delivered.Count(c => c.Value.GroupBy(text => text).Any(g => g.Count() > 1));
        var reached = botSentNothing ? deliveredBy.Count : channel.Delivered.Count;
        var outcomes = string.Join(", ", senders.SelectMany(s => s.Outcomes).GroupBy(o => o.Key).Select(g => $"{g.Key} {g.Sum(o => o.Value)}"));
        var store = storeCounter.Snapshot();
        var botTables = first.Counter.Snapshot().Concat(second.Counter.Snapshot()).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => (Reads: g.Sum(t => t.Value.Reads), Writes: g.Sum(t => t.Value.Writes)));
        var storeRequests = store.Sum(t => t.Value.Reads + t.Value.Writes);
        var botRequests = botTables.Sum(t => t.Value.Reads + t.Value.Writes);
        var sends = senders.Sum(s => s.Sends);
        var diagnosis =
            $"dispatcher table requests {storeRequests:N0} ({string.Join(", ", store.Select(t => $"{t.Key} {t.Value.Reads:N0} reads/{t.Value.Writes:N0} writes"))}); " +
            $"bot table requests during the sends {botRequests:N0} ({string.Join(", ", botTables.Select(t => $"{t.Key} {t.Value.Reads:N0} reads/{t.Value.Writes:N0} writes"))}); " +
            $"{sends:N0} sends, mean {senders.Sum(s => s.SendTicks) / (double)Math.Max(1, sends) / Stopwatch.Frequency * 1000:0.0} ms each; " +
            $"{(storeRequests + botRequests) / clock.Elapsed.TotalSeconds:0} table requests/s overall";
        return new FanOutResult(
            people,
            doneAt ?? clock.Elapsed.TotalSeconds,
            doneAt is not null,
            deliveredBy.Count,
            channel.Delivered.Count,
            channel.DeliveredCount,
            duplicates,
            people - reached,
            channel.Calls,
            channel.Throttled,
            outcomes,
            botSentNothing,
            diagnosis);
    }

    private static CountingSender Sender(BenchHost host) => new(new AdapterCheckInSender(
        host.App.Services.GetRequiredService<CoachBotAdapter>(),
        host.App.Services.GetRequiredService<IServiceScopeFactory>(),
        host.App.Configuration));

    private static CheckInDispatcher Dispatcher(BenchHost host, string connectionString, string tableName, ICheckInSender sender, TableRequestCounter counter)
    {
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        return Dispatcher(host, new TableClient(connectionString, tableName, options), sender);
    }

    private static CheckInDispatcher Dispatcher(BenchHost host, TableClient table, ICheckInSender sender) => new(
        new TableCheckInStore(table),
        sender,
        new CheckInOptions(),
        TimeProvider.System,
        host.App.Services.GetRequiredService<ILogger<CheckInDispatcher>>());

    /// <summary>
    /// Writes the check-ins in TableCheckInStore's row format, 100 per transaction. (ScheduleAsync
    /// first removes a person's earlier check-ins with a query, which for 10,000 people would measure
    /// the seeding, not the fan-out; the sanity check above fails loudly if the format drifts.)
    /// </summary>
    private static async Task SeedAsync(TableClient table, string serviceUrl, int people, DateTimeOffset dueAt)
    {
        await table.CreateIfNotExistsAsync().ConfigureAwait(false);
        var times = dueAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var batches = Enumerable.Range(0, people).Chunk(100);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
        {
            var actions = batch.Select(i =>
            {
                var userId = $"fan-user-{i}";
                var userKey = $"bench/users/{userId}";
                var reference = new ConversationReference
                {
                    ChannelId = "bench",
                    ServiceUrl = serviceUrl,
                    Conversation = new ConversationAccount(id: $"fan-conv-{i}"),
                    User = new ChannelAccount(userId, "Bench person"),
                    Bot = new ChannelAccount("coachbot", "CoachBot"),
                    Locale = "en-US",
                };
                var userHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userKey)))[..16];
                var entity = new TableEntity("due", $"{dueAt.UtcTicks:D19}-{userHash}-d")
                {
                    ["UserKey"] = userKey,
                    ["DueAt"] = dueAt,
                    ["Reference"] = JsonConvert.SerializeObject(reference),
                    ["Times"] = times,
                    ["TimeZone"] = "UTC",
                    ["IsRetry"] = false,
                    ["Attempts"] = 0,
                };
                return new TableTransactionAction(TableTransactionActionType.Add, entity);
            }).ToList();
            await table.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores each person's profile as the enrolment dialog leaves it: consent given, time zone
    /// known, a two-week program started today with the due time as their daily time. Written
    /// through the coach's own IStorage, so the check-in reads exactly what production would.
    /// </summary>
    private static async Task EnrolAsync(IStorage storage, int people, DateTimeOffset dueAt)
    {
        var times = dueAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var startDate = dueAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var profile = new CoachProfile
            {
                ConsentToStoreRatings = true,
                TimeZone = "UTC",
                Program = new ProgramState
                {
                    Active = true,
                    StartDate = startDate,
                    Times = [times],
                    AreaIds = ["neck"],
                    Side = "left",
                    Baseline = 5,
                },
            };
            var userState = new Dictionary<string, object> { [CoachProfile.PropertyName] = profile };
            await storage.WriteAsync(new Dictionary<string, object> { [$"bench/users/fan-user-{i}"] = userState }, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>The production sender, counting what each send came to, per person.</summary>
    private sealed class CountingSender(ICheckInSender inner) : ICheckInSender
    {
        public ConcurrentDictionary<string, int> Delivered { get; } = new();

        public ConcurrentDictionary<string, int> Outcomes { get; } = new();

        public long SendTicks;

        public int Sends;

        public async Task<CheckInDelivery> SendAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            var delivery = await inner.SendAsync(checkIn, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref SendTicks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref Sends);
            Outcomes.AddOrUpdate(delivery.Kind.ToString(), 1, (_, c) => c + 1);
            if (delivery.Kind == CheckInDeliveryKind.Delivered)
            {
                Delivered.AddOrUpdate(checkIn.UserKey, 1, (_, c) => c + 1);
            }

            return delivery;
        }
    }
}
