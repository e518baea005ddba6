using System.Diagnostics;

namespace CoachBot.Benchmarks;

/// <summary>Memory of the bot process as conversations pile up, each with a dialog waiting mid-session.</summary>
public sealed record MemoryResult(int Conversations, double WorkingSetBeforeMb, double WorkingSetAfterMb, double HeapBeforeMb, double HeapAfterMb)
{
    /// <summary>Resident memory added per 1,000 active conversations.</summary>
    public double WorkingSetPerThousandMb => (WorkingSetAfterMb - WorkingSetBeforeMb) * 1000 / Conversations;

    /// <summary>Managed heap added per 1,000 active conversations.</summary>
    public double HeapPerThousandMb => (HeapAfterMb - HeapBeforeMb) * 1000 / Conversations;
}

/// <summary>Measures resident memory (WorkingSet64 after a full, compacting GC) before and after opening conversations.</summary>
public static class Memory
{
    /// <summary>Opens <paramref name="conversations"/> conversations on the coach, each left waiting at the where-it-hurts question.</summary>
    public static async Task<MemoryResult> RunAsync(BenchHost coach, int conversations)
    {
        // A first batch brings the process to its working size (heaps grown by the turns, caches
        // filled); the figure is what a second batch of the same size adds on top.
        await OpenAsync(coach, "memwarm", conversations).ConfigureAwait(false);
        var (setBefore, heapBefore) = Measure();
        await OpenAsync(coach, "mem", conversations).ConfigureAwait(false);
        var (setAfter, heapAfter) = Measure();
        return new MemoryResult(conversations, setBefore, setAfter, heapBefore, heapAfter);
    }

    private static async Task OpenAsync(BenchHost coach, string prefix, int conversations)
    {
        var people = Enumerable.Range(0, conversations).Select(i => new Person(coach.Client, prefix, i)).ToList();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (person, _) =>
        {
            await person.SendAsync(string.Empty, "conversationUpdate").ConfigureAwait(false);
            await person.SendAsync("34").ConfigureAwait(false);
            var (status, replies) = await person.SendAsync("yes").ConfigureAwait(false);
            if (status != 200 || !replies.Any(r => r.Contains("Where does it hurt", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"A conversation did not reach the where-it-hurts question ({status}).");
            }
        }).ConfigureAwait(false);
    }

    private static (double WorkingSetMb, double HeapMb) Measure()
    {
        // Twice with a pause: the runtime gives freed segments back to the OS lazily.
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            Thread.Sleep(1000);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (process.WorkingSet64 / 1048576.0, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0);
    }
}
