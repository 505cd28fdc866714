using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Tarmeem.Benchmarks.Providers;

/// <summary>One <c>tarmeem report</c> in a fresh process, as the report measures itself, and the files it wrote.</summary>
internal sealed partial record ReportChild(double Seconds, long PeakMegabytes, double WallSeconds, IReadOnlyList<string> Files)
{
    /// <summary>The host's executable, copied beside the benchmarks by the project reference.</summary>
    public static string Program => Path.Combine(AppContext.BaseDirectory, "tarmeem");

    public static async Task<ReportChild> RunAsync(
        IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var wall = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Program}.");
        var output = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = child.StandardError.ReadToEndAsync(cancellationToken);
        await child.WaitForExitAsync(cancellationToken);
        var text = await output;
        var measured = Measured().Match(text);
        if (child.ExitCode != 0 || !measured.Success)
        {
            throw new InvalidOperationException(
                $"tarmeem {string.Join(' ', start.ArgumentList)} failed (exit {child.ExitCode}): {await error}{text}");
        }

        var files = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(File.Exists).ToList();
        return new ReportChild(
            double.Parse(measured.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(measured.Groups[2].Value, CultureInfo.InvariantCulture),
            wall.Elapsed.TotalSeconds,
            files);
    }

    [GeneratedRegex(@"; ([\d.]+) s, peak memory (\d+) MB\.")]
    private static partial Regex Measured();
}
