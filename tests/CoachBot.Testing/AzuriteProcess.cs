using System.Diagnostics;
using System.Net.Sockets;

namespace CoachBot.Testing;

/// <summary>
/// A real Azurite table service, started from the project's node_modules on a free loopback port.
/// In memory by default; give it a folder to keep data across <see cref="StopAsync"/> and
/// <see cref="StartAsync"/>, which is how tests simulate a storage restart.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // The well-known development account every Azurite instance accepts; not a secret.
    private const string DevAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _dataFolder;
    private Process? _process;

    /// <summary>Creates an Azurite that keeps data in <paramref name="dataFolder"/>, or in memory when null.</summary>
    public AzuriteProcess(string? dataFolder = null)
    {
        _dataFolder = dataFolder;
        Port = FreePort.Next();
    }

    /// <summary>The port the table service listens on; kept across restarts so clients reconnect.</summary>
    public int Port { get; }

    /// <summary>A connection string for Azure.Data.Tables pointing at this instance.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var script = Path.Combine(RepositoryPaths.NodeModules, "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({script} is missing). Run the README's test command, which runs 'npm ci' first.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Through the guard, so Azurite ends with the test process even when that is killed.
        start.ArgumentList.Add(RepositoryPaths.ExitWithParent);
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--tableHost");
        start.ArgumentList.Add("127.0.0.1");
        start.ArgumentList.Add("--tablePort");
        start.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--skipApiVersionCheck");
        start.ArgumentList.Add("--disableProductStyleUrl");
        start.ArgumentList.Add("--disableTelemetry");
        start.ArgumentList.Add("--silent");
        if (_dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(_dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_dataFolder);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    /// <summary>
    /// Stops Azurite the way a service restart does: interrupted, it flushes its data
    /// folder first (Azurite saves to disk on an interval, so a hard kill can lose the last writes,
    /// which real Azure storage never does).
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _ = Terminate(_process.Id, SignalInterrupt);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Freezes Azurite (SIGSTOP), as a hung storage service would: requests are accepted and never answered.</summary>
    public void Freeze() => Signal(SignalStop);

    /// <summary>Lets a frozen Azurite run again (SIGCONT).</summary>
    public void Thaw() => Signal(SignalContinue);

    /// <summary>Kills Azurite at once, as a crash would (in-flight requests fail).</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await KillAsync();

    // Azurite flushes and closes on SIGINT (Ctrl+C); it has no handler for SIGTERM.
    private const int SignalInterrupt = 2;
    private const int SignalStop = 19;
    private const int SignalContinue = 18;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Terminate(int pid, int signal);

    private void Signal(int signal)
    {
        if (_process is not { HasExited: false } || Terminate(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"Could not send signal {signal} to Azurite.");
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on {Port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {Port} within 30 s.");
    }
}
