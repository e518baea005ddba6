using System.Globalization;
using System.Text;
using CoachBot.Testing;

namespace CoachBot.Benchmarks;

/// <summary>
/// Runs the benchmarks against its own in-memory Azurite and prints one table (bash build/bench.sh).
/// Options: --quick (smaller runs, to try the program), --fanout N (check-ins in the fan-out),
/// --conversations N (for memory), --only turns|openloop|fanout|memory|firstturn (one part; the others are not run),
/// --rates 25,50,100 (open-loop arrival rates a second), --seconds N (how long each rate runs),
/// --tables "connection string" (storage already running, instead of a fresh in-memory Azurite).
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>The ordinary turn measured: asking for help at the where-it-hurts question.</summary>
    public const string OrdinaryTurn = "help";

    private const string WhereItHurts = "Where does it hurt";

    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var quick = args.Contains("--quick");
        var fanOutPeople = Option(args, "--fanout") ?? (quick ? 1_000 : 10_000);
        var memoryConversations = Option(args, "--conversations") ?? (quick ? 200 : 1_000);
        var onlyAt = Array.IndexOf(args, "--only");
        var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : null;
        bool Runs(string part) => only is null || only == part;
        (int People, int Turns)[] levels = quick ? [(1, 40), (10, 12), (100, 4)] : [(1, 400), (10, 60), (100, 12)];
        const int WarmUpTurns = 3;
        const int Rounds = 4;
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));

        var report = new StringBuilder();
        void Say(string line)
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Console.WriteLine($"Starting Azurite (in memory) and the two bots on loopback; {Environment.ProcessorCount} cores.");
        // --tables "<connection string>" measures against storage already running (an Azurite
        // started by hand, under a profiler, or a real storage account) instead of a fresh Azurite.
        var tablesAt = Array.IndexOf(args, "--tables");
        await using var azurite = new AzuriteProcess();
        var connectionString = tablesAt >= 0 && tablesAt + 1 < args.Length ? args[tablesAt + 1] : null;
        if (connectionString is null)
        {
            await azurite.StartAsync();
            connectionString = azurite.ConnectionString;
        }

        await using var coach = await BenchHost.StartCoachAsync(connectionString);
        await using var floor = await BenchHost.StartFloorAsync(connectionString);

        async Task CoachSetup(Person person)
        {
            await person.SendAsync(string.Empty, "conversationUpdate");
            await person.SendAsync("34");
            var (status, replies) = await person.SendAsync("yes");
            if (status != 200 || !replies.Any(r => r.Contains(WhereItHurts, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"The coach did not reach the where-it-hurts question ({status}): {string.Join(" | ", replies)}");
            }
        }

        static Task FloorSetup(Person person) => person.SendAsync("hi");
        static bool CoachAnswered(IReadOnlyList<string> replies) => replies.Any(r => r.Contains(WhereItHurts, StringComparison.Ordinal));
        static bool FloorAnswered(IReadOnlyList<string> replies) => replies.Count == 1;

        var results = new List<TurnLevel>();
        if (Runs("turns"))
        {
            Console.WriteLine("Warming up both bots...");
            await TurnCost.RunAsync(floor, "warmfloor", 10, 10, WarmUpTurns, FloorSetup, OrdinaryTurn, FloorAnswered);
            await TurnCost.RunAsync(coach, "warmcoach", 10, 10, WarmUpTurns, CoachSetup, OrdinaryTurn, CoachAnswered);

            foreach (var (people, turns) in levels)
            {
                Console.WriteLine($"Turn cost with {people} concurrent people ({Rounds} rounds, floor and coach alternating)...");
                var floorRounds = new List<TurnLevel>();
                var coachRounds = new List<TurnLevel>();
                for (var round = 0; round < Rounds; round++)
                {
                    // Alternating which goes first cancels any advantage of going first or second.
                    var floorFirst = round % 2 == 0;
                    if (floorFirst)
                    {
                        floorRounds.Add(await TurnCost.RunAsync(floor, "floor", people, turns / Rounds, WarmUpTurns, FloorSetup, OrdinaryTurn, FloorAnswered, round));
                    }

                    coachRounds.Add(await TurnCost.RunAsync(coach, "coach", people, turns / Rounds, WarmUpTurns, CoachSetup, OrdinaryTurn, CoachAnswered, round));
                    if (!floorFirst)
                    {
                        floorRounds.Add(await TurnCost.RunAsync(floor, "floor", people, turns / Rounds, WarmUpTurns, FloorSetup, OrdinaryTurn, FloorAnswered, round));
                    }
                }

                results.Add(TurnLevel.Merge(floorRounds));
                results.Add(TurnLevel.Merge(coachRounds));
            }
        }

        var openLoop = new List<OpenLoopRate>();
        double[] rates = RatesOption(args) ?? (quick ? [25, 100] : [25, 50, 75, 100, 150, 200]);
        var rateSeconds = Option(args, "--seconds") ?? (quick ? 4 : 10);
        if (Runs("openloop"))
        {
            Console.WriteLine($"Open loop: {OpenLoopPeople} people per bot, turns arriving at {string.Join(", ", rates)} a second, {rateSeconds} s each...");
            var coachCrowd = Enumerable.Range(0, OpenLoopPeople).Select(i => new Person(coach.Client, "opencoach", i)).ToList();
            var floorCrowd = Enumerable.Range(0, OpenLoopPeople).Select(i => new Person(floor.Client, "openfloor", i)).ToList();
            await Parallel.ForEachAsync(coachCrowd, new ParallelOptions { MaxDegreeOfParallelism = 25 }, async (person, _) => await CoachSetup(person));
            await Parallel.ForEachAsync(floorCrowd, new ParallelOptions { MaxDegreeOfParallelism = 25 }, async (person, _) => await FloorSetup(person));

            // A short unmeasured run each, so neither bot pays for its first turns in the table.
            await OpenLoop.RunAsync("floor", floorCrowd, 25, TimeSpan.FromSeconds(2), OrdinaryTurn, FloorAnswered);
            await OpenLoop.RunAsync("coach", coachCrowd, 25, TimeSpan.FromSeconds(2), OrdinaryTurn, CoachAnswered);
            for (var i = 0; i < rates.Length; i++)
            {
                // Which bot goes first alternates, so a slow patch of the machine falls on both.
                var floorFirst = i % 2 == 0;
                var duration = TimeSpan.FromSeconds(rateSeconds);
                if (floorFirst)
                {
                    openLoop.Add(await OpenLoop.RunAsync("floor", floorCrowd, rates[i], duration, OrdinaryTurn, FloorAnswered));
                }

                openLoop.Add(await OpenLoop.RunAsync("coach", coachCrowd, rates[i], duration, OrdinaryTurn, CoachAnswered));
                if (!floorFirst)
                {
                    openLoop.Add(await OpenLoop.RunAsync("floor", floorCrowd, rates[i], duration, OrdinaryTurn, FloorAnswered));
                }

                Console.WriteLine($"  {rates[i]}/s: " + string.Join("; ", openLoop.TakeLast(2).Select(r => $"{r.Bot} p99 {r.P99Ms:0} ms, {r.Errors} errors")));
            }
        }

        MemoryResult? memory = null;
        if (Runs("memory"))
        {
            Console.WriteLine($"Memory with {memoryConversations} more active conversations...");
            memory = await Memory.RunAsync(coach, memoryConversations);
        }

        IReadOnlyList<FirstTurn.Start>? firstTurns = null;
        if (Runs("firstturn"))
        {
            Console.WriteLine("First turn after a start, with and without the start-up warm-up...");
            firstTurns = await FirstTurn.RunAsync(connectionString, quick ? 1 : 3);
        }

        FanOutResult? fanOut = null;
        if (Runs("fanout"))
        {
            Console.WriteLine($"Fan-out of {fanOutPeople} check-ins...");
            fanOut = await FanOut.RunAsync(connectionString, fanOutPeople, throttledShare: 0.05);
        }

        Console.WriteLine();
        Say($"CoachBot benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(tablesAt >= 0 ? "storage given by --tables" : "Azurite in memory")}, HTTP on loopback");
        if (results.Count > 0)
        {
            Say(string.Empty);
            Say($"Turn cost: POST /api/messages with deliveryMode expectReplies. Ordinary turn: a person at the where-it-hurts question types \"{OrdinaryTurn}\" and gets the help text and the question again. Floor: a minimal bot on the same adapter (CoachBotAdapter with the same authentication) and TableStorage that loads conversation and user state, replies once and saves both. Each person has their own conversation and sends one turn after another. Each level runs in {Rounds} rounds with the floor and the coach taking turns (which goes first alternates), so a slow patch of the machine falls on both; {WarmUpTurns} warm-up turns per person per round are not measured. Table requests counted per turn (BotState and PainRatings; background timer polling excluded).");
            Say(string.Empty);
            Say("| bot | people | turns | median ms | p99 ms | turns/s | errors (5xx) | table reads/turn | table writes/turn |");
            Say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in results)
            {
                Say($"| {r.Bot} | {r.People} | {r.Turns} | {r.MedianMs:0.0} | {r.P99Ms:0.0} | {r.TurnsPerSecond:0} | {r.Errors} ({r.ServerErrors}) | {r.ReadsPerTurn:0.00} | {r.WritesPerTurn:0.00} |");
            }

            Say(string.Empty);
            foreach (var (people, _) in levels)
            {
                var c = results.Single(r => r.Bot == "coach" && r.People == people);
                var f = results.Single(r => r.Bot == "floor" && r.People == people);
                Say($"- {people} {(people == 1 ? "person" : "people")}: coach median {c.MedianMs:0.0} ms = {c.MedianMs / f.MedianMs:0.0}x the floor ({c.MedianMs / f.MedianMs:0.00}x; floor {f.MedianMs:0.0} ms); coach p99 {c.P99Ms:0.0} ms; {c.TurnsPerSecond:0} turns/s vs {f.TurnsPerSecond:0}");
            }

            var single = results.Single(r => r.Bot == "coach" && r.People == 1);
            var floorSingle = results.Single(r => r.Bot == "floor" && r.People == 1);
            Say($"- Coach table requests per ordinary turn: {single.ReadsPerTurn:0.00} reads, {single.WritesPerTurn:0.00} writes (target at most 2 and 2); by table: {single.TableDetail}");
            Say($"- Floor, for comparison: {floorSingle.TableDetail}");
        }

        if (openLoop.Count > 0)
        {
            Say(string.Empty);
            Say($"Open loop: {OpenLoopPeople} people per bot, each waiting at the where-it-hurts question; turns (\"{OrdinaryTurn}\") arrive at a fixed rate for {rateSeconds} s whatever the bot does, each from the next person in turn; latency runs from when the turn was due, so a stall is not hidden. Same process, Azurite and machine as above; the floor and the coach alternate which goes first at each rate.");
            Say(string.Empty);
            Say("| arrival rate | bot | turns | p50 ms | p90 ms | p99 ms | max ms | errors | achieved/s | sender late | GC pauses | gen2 GCs | most queued work items |");
            Say("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in openLoop.OrderBy(r => r.Rate).ThenBy(r => r.Bot, StringComparer.Ordinal))
            {
                Say($"| {r.Rate:0}/s | {r.Bot} | {r.Turns} | {r.P50Ms:0.0} | {r.P90Ms:0.0} | {r.P99Ms:0.0} | {r.MaxMs:0} | {r.Errors} | {r.AchievedPerSecond:0.0} | {r.LateStarts} | {r.GcPauseMs:0} ms | {r.Gen2Collections} | {r.MostQueuedWork} |");
            }

            Say(string.Empty);
            foreach (var bot in new[] { "coach", "floor" })
            {
                var held = openLoop.Where(r => r.Bot == bot && r.Holds(OpenLoopP99LimitMs)).Select(r => r.Rate).DefaultIfEmpty(0).Max();
                Say($"- {bot}: the highest rate with p99 under {OpenLoopP99LimitMs:0} ms and no errors: {(held > 0 ? $"{held:0}/s" : "none of the rates")}");
            }
        }

        if (fanOut is not null)
        {
            Say(string.Empty);
            Say($"Fan-out: {fanOut.People:N0} check-ins due in the same minute, two bot instances (two hosts, each the production CheckInDispatcher with AdapterCheckInSender over its own CoachBotAdapter), simulated channel answering 5% of calls with 429 and Retry-After: 1.");
            Say(string.Empty);
            Say("| check-ins | time to deliver all | reached | duplicates | misses | channel calls | 429s | sender outcomes |");
            Say("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            Say($"| {fanOut.People:N0} | {(fanOut.AllDelivered ? $"{fanOut.SecondsToDeliverAll:0.0} s" : $"not all after {fanOut.SecondsToDeliverAll:0} s")} | {(fanOut.BotSentNothing ? fanOut.ReachedBySender : fanOut.ReachedOnChannel):N0} | {fanOut.Duplicates} | {fanOut.Misses} | {fanOut.ChannelCalls:N0} | {fanOut.Throttled:N0} | {fanOut.SenderOutcomes} |");
            Say($"- Where the time goes: {fanOut.Diagnosis}.");
            if (fanOut.BotSentNothing)
            {
                Say(string.Empty);
                Say("- THE BOT SENT NOTHING on the checkIn events: the channel received no message, so delivery was counted at the sender (the dispatcher's send completed without a channel error), not on the channel, and the 429 path was not exercised.");
            }
            else
            {
                Say($"- The channel received {fanOut.ChannelMessages:N0} messages in {fanOut.ReachedOnChannel:N0} conversations; a duplicate is a conversation that received the same text twice.");
            }
        }

        if (firstTurns is not null)
        {
            Say(string.Empty);
            Say($"First turn after a start: the host started as its own process (nothing warm), launch to a healthy /healthz, then a new person's first turn (the welcome) and first three turns (welcome, \"I'm 34\", \"yeah sure\"); Coach:WarmUpAtStart on and off, alternating, {firstTurns.Count / 2} starts each.");
            Say(string.Empty);
            Say("| warm-up at start | start to healthy (median) | first turn (median) | first three turns (median) | first turn (worst) |");
            Say("| --- | ---: | ---: | ---: | ---: |");
            foreach (var group in firstTurns.GroupBy(s => s.WarmUp).OrderBy(g => g.Key))
            {
                Say($"| {(group.Key ? "on" : "off")} | {Median(group.Select(s => s.StartMs)):0} ms | {Median(group.Select(s => s.FirstTurnMs)):0} ms | {Median(group.Select(s => s.FirstThreeTurnsMs)):0} ms | {group.Max(s => s.FirstTurnMs):0} ms |");
            }
        }

        if (memory is not null)
        {
            Say(string.Empty);
            Say($"Memory: resident memory of the benchmark process (both bot hosts and the clients; Azurite is a separate process) after a full GC, after a first {memory.Conversations:N0} conversations (to reach working size) and after {memory.Conversations:N0} more, each conversation left waiting at the where-it-hurts question.");
            Say(string.Empty);
            Say("| conversations | working set before | after | per 1,000 conversations | managed heap per 1,000 |");
            Say("| ---: | ---: | ---: | ---: | ---: |");
            Say($"| {memory.Conversations:N0} | {memory.WorkingSetBeforeMb:0.0} MB | {memory.WorkingSetAfterMb:0.0} MB | {memory.WorkingSetPerThousandMb:+0.0;-0.0} MB | {memory.HeapPerThousandMb:+0.00;-0.00} MB |");
        }

        var reportPath = Path.Combine(RepositoryPaths.Root, "artifacts", "bench.md");
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
        await File.WriteAllTextAsync(reportPath, report.ToString());
        Console.WriteLine();
        Console.WriteLine($"(also written to {reportPath})");
        return 0;
    }

    private const int OpenLoopPeople = 200;

    private const double OpenLoopP99LimitMs = 100;

    private static double[]? RatesOption(string[] args)
    {
        var index = Array.IndexOf(args, "--rates");
        return index >= 0 && index + 1 < args.Length
            ? args[index + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToArray()
            : null;
    }

    private static int? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : null;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
