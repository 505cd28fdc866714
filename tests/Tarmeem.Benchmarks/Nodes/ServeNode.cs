using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tarmeem.Benchmarks.Providers;

namespace Tarmeem.Benchmarks.Nodes;

/// <summary>
/// One <c>tarmeem serve</c> process on a loopback port of its own, configured by a settings file and the environment
/// (the store's); stopped with SIGTERM, as systemd stops it, so that the answers still queued are committed.
/// </summary>
internal sealed class ServeNode : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    private ServeNode(Process process, string origin)
    {
        _process = process;
        Origin = origin;
        // serve logs to standard output: both streams are kept, the last lines being enough to say why a node failed.
        DataReceivedEventHandler keep = (sender, line) =>
        {
            if (line.Data is { } text)
            {
                _errors.Enqueue(text);
                while (_errors.Count > 40 && _errors.TryDequeue(out _))
                {
                }
            }
        };
        process.ErrorDataReceived += keep;
        process.OutputDataReceived += keep;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public string Origin { get; }

    /// <summary>What the node wrote last (its warnings and errors).</summary>
    public string ErrorTail => string.Join('\n', _errors);

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ServeNode Start(string settingsFile, IReadOnlyDictionary<string, string> environment)
    {
        var origin = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var start = new ProcessStartInfo(ReportChild.Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["serve", "--config", settingsFile])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Tarmeem__Schedule__Urls"] = origin;
        // Warnings only: a log line per request would measure the console.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return new ServeNode(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ReportChild.Program} serve."), origin);
    }

    /// <summary>Waits until <c>/health</c> says the scheduler runs (the store is open and migrated by then).</summary>
    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"tarmeem serve on {Origin} exited ({_process.ExitCode}): {ErrorTail}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(Origin + "/health"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer on a loaded machine: ask again.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"tarmeem serve on {Origin} did not report healthy within 3 minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                ?? throw new InvalidOperationException("Could not start kill to stop the node.");
            await term.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(patience.Token);
        }

        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
