using System.Diagnostics;
using System.Globalization;

namespace Tarmeem.Benchmarks.Rows;

/// <summary>What one timed write cost, as the single line a child process prints for its parent.</summary>
internal static class Measurement
{
    public const string Prefix = "RESULT";

    public static string Line(TimeSpan elapsed, string file) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Prefix} {elapsed.TotalMilliseconds:0} {PeakBytes()} {new FileInfo(file).Length}");

    /// <summary>The process's high-water resident set (VmHWM); the runtime's figure where /proc is missing.</summary>
    public static long PeakBytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
