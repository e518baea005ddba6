using System.Diagnostics;

namespace CoachBot.Benchmarks;

/// <summary>One bot at one fixed arrival rate: latencies counted from when each turn was due (sorted, ms).</summary>
public sealed record OpenLoopRate(string Bot, double Rate, int Turns, double P50Ms, double P90Ms, double P99Ms, double MaxMs, int Errors, double AchievedPerSecond, int LateStarts, double GcPauseMs, int Gen2Collections, long MostQueuedWork)
{
    /// <summary>True when the rate was held: no errors and p99 under <paramref name="p99LimitMs"/>.</summary>
    public bool Holds(double p99LimitMs) => Errors == 0 && P99Ms < p99LimitMs;
}

/// <summary>
/// Open-loop load: turns arrive at a fixed rate whatever the bot does, as people do, spread over a
/// crowd each waiting at the same question. A turn's latency runs from when it was due, not from
/// when it was sent, so a stall of the sender or the machine counts against the bot instead of
/// quietly lowering the load (the fault of a closed loop, where a slow answer delays the next turn).
/// </summary>
public static class OpenLoop
{
    /// <summary>Runs <paramref name="rate"/> turns a second for <paramref name="duration"/> against <paramref name="crowd"/>.</summary>
    public static async Task<OpenLoopRate> RunAsync(
        string bot,
        IReadOnlyList<Person> crowd,
        double rate,
        TimeSpan duration,
        string text,
        Func<IReadOnlyList<string>, bool> isExpected)
    {
        ArgumentNullException.ThrowIfNull(crowd);
        var count = (int)Math.Round(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var errors = 0;
        var lateStarts = 0;
        var interval = TimeSpan.FromSeconds(1 / rate);
        var sends = new Task[count];

        // Where a slow turn's time may go, in the same window: the process's GC pauses (both bots
        // and the sender share it) and the most work items the thread pool had waiting.
        var pausedBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        long mostQueued = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait).ConfigureAwait(false);
            }
            else if (wait < -TimeSpan.FromMilliseconds(10))
            {
                // The sender itself fell behind (a busy machine): the turn still counts from its due time.
                lateStarts++;
            }

            mostQueued = Math.Max(mostQueued, ThreadPool.PendingWorkItemCount);
            var index = i;
            var person = crowd[i % crowd.Count];
            sends[i] = Task.Run(async () =>
            {
                var (status, replies) = await person.SendAsync(text).ConfigureAwait(false);
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                if (status != 200 || !isExpected(replies))
                {
                    Interlocked.Increment(ref errors);
                }
            });
        }

        await Task.WhenAll(sends).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new OpenLoopRate(
            bot,
            rate,
            count,
            TurnCost.Percentile(latencies, 0.50),
            TurnCost.Percentile(latencies, 0.90),
            TurnCost.Percentile(latencies, 0.99),
            latencies[^1],
            errors,
            count / seconds,
            lateStarts,
            (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds,
            GC.CollectionCount(2) - gen2Before,
            mostQueued);
    }
}
