using System.Diagnostics;
using System.Globalization;
using Tarmeem.Benchmarks.Rows;

namespace Tarmeem.Benchmarks.Running;

/// <summary>One write timed in a fresh process, so that its peak memory is that writer's alone.</summary>
internal sealed record ChildRun(TimeSpan Elapsed, long PeakBytes, long FileBytes)
{
    public static async Task<ChildRun> StartAsync(string program, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = child.StandardOutput.ReadToEndAsync(ct);
        var error = child.StandardError.ReadToEndAsync(ct);
        await child.WaitForExitAsync(ct).ConfigureAwait(false);
        var text = await output.ConfigureAwait(false);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(Measurement.Prefix, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', start.ArgumentList)} failed (exit {child.ExitCode}): {await error.ConfigureAwait(false)}{text}");
        }

        var parts = line.Split(' ');
        return new ChildRun(
            TimeSpan.FromMilliseconds(long.Parse(parts[1], CultureInfo.InvariantCulture)),
            long.Parse(parts[2], CultureInfo.InvariantCulture),
            long.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    /// <summary>Each figure's median on its own (an odd run count gives actual runs' figures).</summary>
    public static ChildRun Median(IReadOnlyList<ChildRun> runs) => new(
        runs.Select(r => r.Elapsed).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.PeakBytes).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.FileBytes).Order().ElementAt(runs.Count / 2));
}
