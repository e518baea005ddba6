using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Testing;

namespace CoachBot.Tests.Bot;

/// <summary>
/// Microsoft 365 Agents Playground, the local Teams emulator (npm @microsoft/m365agentsplayground):
/// its page plays a Teams personal chat and its mock Teams connector posts Teams-shaped activities
/// to the bot and takes the bot's sends, updates included. Started from a scratch folder (it writes
/// a log folder where it runs) and stopped with its whole process tree.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    // A bound for a broken start, not a measurement: it listens within a few seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _scratch;
    private readonly StringBuilder _output;

    private AgentsPlayground(Process process, string scratch, StringBuilder output, Uri page)
    {
        _process = process;
        _scratch = scratch;
        _output = output;
        Page = page;
    }

    /// <summary>The chat page.</summary>
    public Uri Page { get; }

    /// <summary>Starts the Playground for the bot at <paramref name="messagesEndpoint"/> and waits until it listens.</summary>
    public static async Task<AgentsPlayground> StartAsync(Uri messagesEndpoint)
    {
        var scratch = Directory.CreateTempSubdirectory("coachbot-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.ArgumentList.Add(RepositoryPaths.ExitWithParent);
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js"));
        foreach (var argument in new[] { "-e", messagesEndpoint.ToString(), "-c", "msteams", "-p", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        void Read(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            // It picks another port, silently, when the one asked for is taken: the line says which.
            if (line is not null && Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlayground(process, scratch, output, new Uri("http://127.0.0.1/"));
        try
        {
            var port = await listening.Task.WaitAsync(Patience);
            return new AgentsPlayground(process, scratch, output, new Uri($"http://127.0.0.1:{port}/"));
        }
        catch (TimeoutException)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException("Agents Playground did not start listening:\n" + output);
        }
    }

    /// <summary>What the Playground printed, for a failure's message.</summary>
    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A log file still closing: the temporary folder is the system's to clear.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
