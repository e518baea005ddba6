using System.Diagnostics;
using CoachBot.Testing;

namespace CoachBot.Benchmarks;

/// <summary>
/// The first person after a start: the real host started as its own process (so nothing is warm
/// from an earlier run in this process), timed from launch to a healthy /healthz, then the first
/// three turns of a new person ("hi" on joining, their age, yes to the log). Run with the start-up
/// warm-up on and off, alternating, so both meet the same machine.
/// </summary>
public static class FirstTurn
{
    /// <summary>One start of the host.</summary>
    /// <param name="WarmUp">Whether Coach:WarmUpAtStart was on.</param>
    /// <param name="StartMs">Launch to the first healthy /healthz.</param>
    /// <param name="FirstTurnMs">The person's first message (the welcome).</param>
    /// <param name="FirstThreeTurnsMs">Their first three turns together.</param>
    public sealed record Start(bool WarmUp, double StartMs, double FirstTurnMs, double FirstThreeTurnsMs);

    /// <summary>Starts the host <paramref name="rounds"/> times with the warm-up and as often without.</summary>
    public static async Task<IReadOnlyList<Start>> RunAsync(string connectionString, int rounds)
    {
        var starts = new List<Start>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var warmUp in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                starts.Add(await OnceAsync(connectionString, warmUp).ConfigureAwait(false));
            }
        }

        return starts;
    }

    private static async Task<Start> OnceAsync(string connectionString, bool warmUp)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CoachBot.dll"), "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Tables"] = connectionString;
        info.Environment["Storage__BotStateTable"] = "firstturn" + Guid.NewGuid().ToString("N")[..12];
        info.Environment["Coach__WarmUpAtStart"] = warmUp ? "true" : "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        var launched = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(2) };
            await WaitHealthyAsync(client, process).ConfigureAwait(false);
            var startMs = launched.Elapsed.TotalMilliseconds;

            var person = new Person(client, warmUp ? "warm" : "cold", 1);
            var turns = Stopwatch.StartNew();
            await Expect(person.SendAsync(string.Empty, "conversationUpdate")).ConfigureAwait(false);
            var firstMs = turns.Elapsed.TotalMilliseconds;
            await Expect(person.SendAsync("I'm 34")).ConfigureAwait(false);
            await Expect(person.SendAsync("yeah sure")).ConfigureAwait(false);
            return new Start(warmUp, startMs, firstMs, turns.Elapsed.TotalMilliseconds);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static async Task WaitHealthyAsync(HttpClient client, Process process)
    {
        // A bound for a broken start, not a measurement.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("healthz").ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20).ConfigureAwait(false);
        }

        throw new InvalidOperationException(process.HasExited ? $"The host exited with {process.ExitCode}." : "The host was not healthy within 2 minutes.");
    }

    private static async Task Expect(Task<(int Status, IReadOnlyList<string> Replies)> turn)
    {
        var (status, replies) = await turn.ConfigureAwait(false);
        if (status != 200 || replies.Count == 0)
        {
            throw new InvalidOperationException($"A first turn failed with {status}.");
        }
    }
}
