using System.Diagnostics;
using System.Globalization;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Sample;
using Tarmeem.Store;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Benchmarks.Providers;

/// <summary>
/// The year report from SQLite and from PostgreSQL in one run: a throwaway PostgreSQL server, the same sample loaded
/// into both stores (untimed for the report, but its time printed), then <c>tarmeem report</c> from each store in
/// fresh processes, alternating, and the workbooks of both compared part by part.
/// </summary>
internal static class ReportProvidersBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var scale = double.Parse(arguments.Text("--scale") ?? "17", CultureInfo.InvariantCulture);
        var runs = arguments.Option("--runs", 3);
        var period = arguments.Text("--period") ?? "2026";
        var format = arguments.Text("--format") ?? "xlsx";
        var kind = arguments.Text("--kind");
        var folder = Directory.CreateTempSubdirectory("tarmeem-providers-bench-").FullName;
        try
        {
            await using var cluster = await PostgresCluster.StartAsync(cancellationToken);
            var connectionString = await cluster.CreateDatabaseAsync("bench", cancellationToken);
            Console.WriteLine($"PostgreSQL {cluster.MajorVersion} started in {cluster.StartTime.TotalSeconds:0.0} s on port {cluster.Port} (fsync on, default settings)");
            BenchStore[] stores =
            [
                BenchStore.Sqlite(Path.Combine(folder, "sqlite")),
                BenchStore.PostgreSql(connectionString, Path.Combine(folder, "postgresql")),
            ];

            var clock = Stopwatch.StartNew();
            var lastMonth = ReportPeriod.LastCompleteMonth(DateOnly.FromDateTime(DateTime.UtcNow)).Start;
            var sample = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = lastMonth, Scale = scale });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sample at scale {scale}: {sample.Cases.Count:N0} cases, {sample.Inquiries.Count:N0} inquiries, {sample.Invitations.Count:N0} invitations, {sample.Responses.Count:N0} answers; generated in {clock.Elapsed.TotalSeconds:0.0} s"));
            foreach (var store in stores)
            {
                Console.WriteLine($"load into {store.Name}: {await LoadAsync(store, sample, cancellationToken)} (load average {Wrk.LoadAverage()})");
            }

            List<string> report = ["report", "--period", period, "--format", format];
            if (kind is not null)
            {
                report.AddRange(["--kind", kind]);
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores; timed: tarmeem {string.Join(' ', report)}");
            var results = stores.ToDictionary(s => s.Name, _ => new List<ReportChild>());
            for (var run = 1; run <= runs; run++)
            {
                // Alternating which store goes first, so that neither always runs on a machine warmed by the other.
                foreach (var store in run % 2 == 1 ? stores : stores.Reverse())
                {
                    var load = Wrk.LoadAverage();
                    var child = await ReportChild.RunAsync(store.Environment, [.. report, "--out", Path.Combine(folder, "out", store.Name, run.ToString(CultureInfo.InvariantCulture))], cancellationToken);
                    results[store.Name].Add(child);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run}/{runs} {store.Name,-10}: {child.Seconds:0.00} s, peak {child.PeakMegabytes} MB (process wall {child.WallSeconds:0.00} s; load average {load})"));
                }
            }

            Summarise(results);
            var identical = await CompareAsync(stores, results, report, folder, cancellationToken);
            return identical ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> LoadAsync(BenchStore store, ServiceRecords sample, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var session = await store.Factory.OpenAsync(StoreArea.Live, cancellationToken);
        var opened = clock.Elapsed;
        await session.Records.ClearAsync(cancellationToken);
        await session.Records.SaveAsync(sample, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalSeconds:0.0} s (of which open and migrate {opened.TotalSeconds:0.0} s)");
    }

    private static void Summarise(Dictionary<string, List<ReportChild>> results)
    {
        Console.WriteLine();
        Console.WriteLine("| store | runs (s) | median | peak memory (MB) | median peak |");
        Console.WriteLine("|---|---|---:|---|---:|");
        foreach (var (name, runs) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(", ", runs.Select(r => r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)))} | {Median(runs, r => r.Seconds):0.00} s | {string.Join(", ", runs.Select(r => r.PeakMegabytes))} | {Median(runs, r => r.PeakMegabytes):0} MB |"));
        }

        var ratio = Median(results["PostgreSQL"], r => r.Seconds) / Median(results["SQLite"], r => r.Seconds);
        var memory = Median(results["PostgreSQL"], r => r.PeakMegabytes) / Median(results["SQLite"], r => r.PeakMegabytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL / SQLite: time {ratio:0.00}× ({(ratio <= 1.5 ? "within" : "over")} the 1.5× target), peak memory {memory:0.00}×"));
    }

    /// <summary>
    /// The first run's documents of both stores, part by part; the workbook always, written once more (untimed) from
    /// each store when the timed format was not xlsx.
    /// </summary>
    private static async Task<bool> CompareAsync(
        BenchStore[] stores, Dictionary<string, List<ReportChild>> results, List<string> report, string folder, CancellationToken cancellationToken)
    {
        var files = stores.ToDictionary(s => s.Name, s => results[s.Name][0].Files.ToList());
        if (!files["SQLite"].Any(f => f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            List<string> workbook = [.. report.Take(3), "--format", "xlsx"];
            foreach (var store in stores)
            {
                files[store.Name].AddRange((await ReportChild.RunAsync(store.Environment, [.. workbook, "--out", Path.Combine(folder, "out", store.Name, "xlsx")], cancellationToken)).Files);
            }
        }

        var identical = true;
        foreach (var left in files["SQLite"])
        {
            var right = files["PostgreSQL"].Single(f => Path.GetFileName(f) == Path.GetFileName(left));
            var differing = PackageComparison.DifferingParts(left, right);
            identical &= differing.Count == 0 || !left.EndsWith(".xlsx", StringComparison.Ordinal);
            Console.WriteLine(differing.Count == 0
                ? $"{Path.GetFileName(left)}: every part identical from both stores (package properties aside)"
                : $"{Path.GetFileName(left)}: {differing.Count} parts differ: {string.Join(", ", differing.Take(10))}");
        }

        return identical;
    }

    private static double Median(IEnumerable<ReportChild> runs, Func<ReportChild, double> figure)
    {
        var sorted = runs.Select(figure).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
