using System.Diagnostics;
using System.Text;
using CoachBot.Testing;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.DirectLine;

/// <summary>
/// A Node script the test talks to: JSON commands a line on its stdin, JSON events a line on its
/// stdout. Every event is kept, so a test can wait for one that already arrived, and the whole
/// transcript goes into the failure message when an expected event never comes.
/// </summary>
public sealed class NodeSession : IAsyncDisposable
{
    // A bound for a broken run, not a measurement: a healthy step takes well under a second.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly List<JObject> _events = [];
    private readonly StringBuilder _errors = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private NodeSession(Process process)
    {
        _process = process;
    }

    /// <summary>The events so far.</summary>
    public IReadOnlyList<JObject> Events
    {
        get { lock (_events) { return _events.ToList(); } }
    }

    /// <summary>Starts <c>node <paramref name="script"/> <paramref name="arguments"/></c> in the repository root.</summary>
    public static NodeSession Start(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Through the guard, so the script (and a browser it drives) ends with the test process.
        start.ArgumentList.Add(RepositoryPaths.ExitWithParent);
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var session = new NodeSession(process);
        process.OutputDataReceived += (_, line) => session.OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) =>
        {
            lock (session._errors)
            {
                session._errors.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return session;
    }

    /// <summary>Sends one command.</summary>
    public async Task SendAsync(JObject command)
    {
        await _process.StandardInput.WriteLineAsync(command.ToString(Newtonsoft.Json.Formatting.None));
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Sends <paramref name="command"/> and returns the first event that arrives after it.</summary>
    public async Task<JObject> RequestAsync(JObject command)
    {
        var before = Events.Count;
        await SendAsync(command);
        return await WaitForAsync(before, _ => true, "an answer to " + command.ToString(Newtonsoft.Json.Formatting.None));
    }

    /// <summary>Waits for the first event (old or new) that matches, and returns it.</summary>
    public Task<JObject> WaitForAsync(Func<JObject, bool> match, string what) => WaitForAsync(0, match, what);

    private async Task<JObject> WaitForAsync(int from, Func<JObject, bool> match, string what)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var found = Events.Skip(from).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The script ended (exit code {_process.ExitCode}) before {what}.\n{Transcript()}");
            }

            try
            {
                await _arrived.WaitAsync(TimeSpan.FromMilliseconds(500), patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Never saw {what}.\n{Transcript()}");
            }
        }
    }

    /// <summary>Everything the script printed, for failure messages.</summary>
    public string Transcript()
    {
        string errors;
        lock (_errors)
        {
            errors = _errors.ToString();
        }

        return "events:\n" + string.Join('\n', Events.Select(e => e.ToString(Newtonsoft.Json.Formatting.None))) + "\nstderr:\n" + errors;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await SendAsync(new JObject { ["end"] = true });
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        _arrived.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        JObject parsed;
        try
        {
            parsed = JObject.Parse(line);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            parsed = new JObject { ["event"] = "text", ["text"] = line };
        }

        lock (_events)
        {
            _events.Add(parsed);
        }

        _arrived.Release();
    }
}
