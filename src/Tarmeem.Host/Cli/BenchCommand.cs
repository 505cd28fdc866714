using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Reports;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem bench</c>: loads a scaled sample, then times <c>tarmeem report</c> on it in a fresh process
/// so that its peak memory is the report's alone. A benchmark, not a test: it asserts nothing.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var scale = new Option<double>("--scale")
        {
            Description = "Sample multiplier (17 ≈ 100,000 cases and 250,000 inquiries in the main year).",
            DefaultValueFactory = _ => 17,
        };
        var period = new Option<string?>("--period") { Description = "The period to report (default: the last complete month; 'year' benchmarks want e.g. 2026)." };
        var format = new Option<string?>("--format") { Description = $"Passed to the timed report: {ReportFormats.Accepted} (default: xlsx)." };
        var kind = new Option<string?>("--kind") { Description = "Passed to the timed report: management or board." };
        kind.AcceptOnlyFromAmong("management", "board");
        var runs = new Option<int>("--runs")
        {
            Description = "How many timed reports to run on the one loaded sample, each in a fresh process.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("bench", "Time the quality report on a scaled sample; prints wall time and peak memory.") { scale, period, format, kind, runs };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var settings = host.Services.GetRequiredService<IOptions<TarmeemOptions>>().Value;
            var runner = host.Services.GetRequiredService<ReportRunner>();
            var outDir = Path.Combine(Path.GetTempPath(), "tarmeem-bench");
            var multiplier = parseResult.GetValue(scale);
            var runCount = parseResult.GetValue(runs) is > 0 and <= 100 and var count
                ? count
                : throw new CommandInputException("--runs: give a whole number from 1 to 100.");

            console.Progress.Report($"Loading the sample at scale {multiplier.ToString(CultureInfo.InvariantCulture)} (untimed) …");
            await runner.RunAsync(new ReportRequest { Sample = true, Scale = multiplier, OutputDirectory = outDir }, console.Progress, cancellationToken);

            var sampleStore = Path.GetFullPath(Path.Combine(settings.Data.Directory, SqliteStoreProvider.SampleFolder));
            List<string> arguments = ["report", "--data", sampleStore, "--out", outDir];
            if (parseResult.GetValue(period) is { } text)
            {
                arguments.AddRange(["--period", text]);
            }

            if (parseResult.GetValue(format) is { } formats)
            {
                arguments.AddRange(["--format", formats]);
            }

            if (parseResult.GetValue(kind) is { } which)
            {
                arguments.AddRange(["--kind", which]);
            }

            console.Out.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            for (var run = 1; run <= runCount; run++)
            {
                // The child's own figures exclude process start; the wall time here includes it.
                var wall = Stopwatch.StartNew();
                var output = await RunChildAsync(arguments, cancellationToken);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}/{runCount} (process wall {wall.Elapsed.TotalSeconds:0.00} s): {output.TrimEnd()}"));
            }
        }));
        return command;
    }

    private static async Task<string> RunChildAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the running executable."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the report process.");
        var output = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = child.StandardError.ReadToEndAsync(cancellationToken);
        await child.WaitForExitAsync(cancellationToken);
        return child.ExitCode == 0
            ? await output
            : throw new CommandInputException($"The timed report failed (exit {child.ExitCode}): {await error}");
    }
}
