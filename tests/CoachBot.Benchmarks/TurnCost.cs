using System.Diagnostics;

namespace CoachBot.Benchmarks;

/// <summary>What one bot did at one level of concurrency (<see cref="Latencies"/> sorted, in ms).</summary>
public sealed record TurnLevel(string Bot, int People, int Turns, double MedianMs, double P99Ms, double TurnsPerSecond, int Errors, int ServerErrors, double ReadsPerTurn, double WritesPerTurn, string TableDetail, double[] Latencies, double Seconds)
{
    /// <summary>Several rounds of the same bot and level as one result.</summary>
    public static TurnLevel Merge(IReadOnlyList<TurnLevel> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var latencies = rounds.SelectMany(r => r.Latencies).Order().ToArray();
        var turns = latencies.Length;
        var seconds = rounds.Sum(r => r.Seconds);
        return new TurnLevel(
            rounds[0].Bot,
            rounds[0].People,
            turns,
            TurnCost.Percentile(latencies, 0.50),
            TurnCost.Percentile(latencies, 0.99),
            turns / seconds,
            rounds.Sum(r => r.Errors),
            rounds.Sum(r => r.ServerErrors),
            rounds.Sum(r => r.ReadsPerTurn * r.Turns) / turns,
            rounds.Sum(r => r.WritesPerTurn * r.Turns) / turns,
            rounds[0].TableDetail,
            latencies,
            seconds);
    }
}

/// <summary>
/// Turn cost: simulated people, each in their own conversation with turns one after another, all
/// people at once. Each person first reaches the point of the ordinary turn (setup), then takes a
/// few warm-up turns; only the turns after every person has warmed up are measured. Table requests
/// are counted over the measured turns only. The program runs each level in rounds, the floor and
/// the coach taking turns, so that a slow patch of a shared machine falls on both alike.
/// </summary>
public static class TurnCost
{
    /// <summary>Tables the turn itself touches (background pollers such as the release timers are not the turn's cost).</summary>
    public static readonly string[] TurnTables = ["BotState", "PainRatings", "$batch"];

    /// <summary>Runs <paramref name="people"/> people for <paramref name="turnsPerPerson"/> measured turns each.</summary>
    public static async Task<TurnLevel> RunAsync(
        BenchHost host,
        string bot,
        int people,
        int turnsPerPerson,
        int warmUpTurns,
        Func<Person, Task> setup,
        string text,
        Func<IReadOnlyList<string>, bool> isExpected,
        int round = 0)
    {
        var crowd = Enumerable.Range(0, people).Select(i => new Person(host.Client, $"{bot}{people}r{round}", i)).ToList();
        await Parallel.ForEachAsync(crowd, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(people, 25) }, async (person, _) => await setup(person)).ConfigureAwait(false);

        var latencies = new double[people * turnsPerPerson];
        var errors = 0;
        var serverErrors = 0;
        var waiting = people;
        var allWarm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();

        async Task RunPersonAsync(Person person, int index)
        {
            for (var i = 0; i < warmUpTurns; i++)
            {
                await person.SendAsync(text).ConfigureAwait(false);
            }

            if (Interlocked.Decrement(ref waiting) == 0)
            {
                host.Counter.Reset();
                clock.Start();
                allWarm.SetResult();
            }

            await allWarm.Task.ConfigureAwait(false);
            for (var i = 0; i < turnsPerPerson; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var (status, replies) = await person.SendAsync(text).ConfigureAwait(false);
                latencies[(index * turnsPerPerson) + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (status >= 500)
                {
                    Interlocked.Increment(ref serverErrors);
                }

                if (status != 200 || !isExpected(replies))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }

        await Task.WhenAll(crowd.Select((person, index) => Task.Run(() => RunPersonAsync(person, index)))).ConfigureAwait(false);
        clock.Stop();

        var counts = host.Counter.Snapshot();
        var turns = latencies.Length;
        long reads = 0, writes = 0;
        foreach (var table in TurnTables)
        {
            if (counts.TryGetValue(table, out var c))
            {
                reads += c.Reads;
                writes += c.Writes;
            }
        }

        var bytes = host.Counter.Bytes();
        var detail = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
            $"{c.Key} {c.Value.Reads / (double)turns:0.00} reads ({bytes[c.Key].BytesRead / (double)Math.Max(1, c.Value.Reads) / 1024:0.0} KB each) / {c.Value.Writes / (double)turns:0.00} writes ({bytes[c.Key].BytesWritten / (double)Math.Max(1, c.Value.Writes) / 1024:0.0} KB each)"));
        Array.Sort(latencies);
        return new TurnLevel(
            bot,
            people,
            turns,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            turns / clock.Elapsed.TotalSeconds,
            errors,
            serverErrors,
            reads / (double)turns,
            writes / (double)turns,
            detail,
            latencies,
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>The <paramref name="p"/> quantile of <paramref name="sorted"/>, interpolated.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
