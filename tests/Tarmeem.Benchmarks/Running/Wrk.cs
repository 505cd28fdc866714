using System.Diagnostics;
using Tarmeem.Benchmarks.Submit;

namespace Tarmeem.Benchmarks.Running;

/// <summary>Runs <c>wrk</c> with a script against an endpoint in this process, and reads the machine's load.</summary>
internal static class Wrk
{
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    public static async Task<WrkResult> RunAsync(
        string origin, string script, IEnumerable<string> scriptArguments, int seconds, int connections, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", Path.Combine(AppContext.BaseDirectory, script), origin, "--", .. scriptArguments])
        {
            start.ArgumentList.Add(argument);
        }

        // The server's CPU time per request, which other engineers' load on the machine disturbs far less than the rate.
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: install it with apt-get install wrk.");
        var output = await wrk.StandardOutput.ReadToEndAsync(cancellationToken);
        await wrk.WaitForExitAsync(cancellationToken);
        self.Refresh();
        var result = WrkResult.Parse(output);
        return result with { CpuMicrosecondsPerRequest = (self.TotalProcessorTime - cpuBefore).TotalMicroseconds / Math.Max(1, result.Requests) };
    }
}
