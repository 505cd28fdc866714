using System.Globalization;
using System.Text.RegularExpressions;

namespace Tarmeem.Benchmarks.Submit;

/// <summary>What one wrk run printed: rate, latency percentiles and errors; and the server's CPU time per request.</summary>
internal sealed partial record WrkResult(double PerSecond, long Requests, double P50Ms, double P99Ms, long Errors)
{
    public double CpuMicrosecondsPerRequest { get; init; }

    public static WrkResult Parse(string output)
    {
        var rate = Number(RatePattern(), output);
        var requests = (long)Number(RequestsPattern(), output);
        var errors = NonSuccess().Match(output) is { Success: true } bad ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        foreach (Match socket in SocketErrors().Matches(output))
        {
            errors += long.Parse(socket.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return new WrkResult(rate, requests, Percentile("50", output), Percentile("99", output), errors);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PerSecond,10:N0} requests/s, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, server CPU {CpuMicrosecondsPerRequest:0.0} µs/request, {Requests:N0} requests, {Errors} errors");

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException("wrk printed no '" + pattern + "': " + output);

    private static double Percentile(string percent, string output)
    {
        var match = Regex.Match(output, @"^\s+" + percent + @"%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new FormatException($"wrk printed no {percent}% latency (was --latency given?): {output}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
