using System.Diagnostics;
using System.Globalization;
using Tarmeem.Benchmarks.Providers;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Sync;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Benchmarks.Sync;

/// <summary>
/// Writing list pages as a sync does, on SQLite and on PostgreSQL: a first sync of a large list (every item new), then
/// a round in which every item changed, each page in its own transaction with its delta link; the time per page.
/// </summary>
internal static class ListPagesBenchmark
{
    private static readonly DateTimeOffset SeenAt = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var items = arguments.Option("--items", 2000);
        var pages = arguments.Option("--pages", 10);
        var folder = Directory.CreateTempSubdirectory("tarmeem-list-pages-bench-").FullName;
        try
        {
            await using var cluster = await PostgresCluster.StartAsync(cancellationToken);
            var connectionString = await cluster.CreateDatabaseAsync("bench", cancellationToken);
            Console.WriteLine($"PostgreSQL {cluster.MajorVersion} on port {cluster.Port} (fsync on, default settings); {Environment.ProcessorCount} cores");
            Console.WriteLine($"{pages} pages of {items:N0} items: a first sync, then every item changed");
            foreach (var store in new[] { BenchStore.Sqlite(Path.Combine(folder, "sqlite")), BenchStore.PostgreSql(connectionString, Path.Combine(folder, "postgresql")) })
            {
                await using var session = await store.Factory.OpenAsync(StoreArea.Live, cancellationToken);
                var first = await TimePagesAsync(session.SyncState, items, pages, round: 1, changed: false, cancellationToken);
                var again = await TimePagesAsync(session.SyncState, items, pages, round: 1, changed: true, cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{store.Name,-10}: first sync median {Median(first):0} ms/page (max {first.Max():0}), changes median {Median(again):0} ms/page (max {again.Max():0}); load average {Wrk.LoadAverage()}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<double>> TimePagesAsync(
        SqlSyncStateStore state, int items, int pages, long round, bool changed, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var page = 0; page < pages; page++)
        {
            var changes = Enumerable.Range((page * items) + 1, items)
                .Select(i => new ListItemChange
                {
                    ItemId = i.ToString(CultureInfo.InvariantCulture),
                    Case = new SupportCase
                    {
                        CaseNumber = $"TRM-2026-{i:000000}",
                        Channel = changed ? Channel.Phone : Channel.InPerson,
                        Branch = Branch.Makkah,
                        Received = SeenAt.AddDays(-(i % 300)),
                    },
                })
                .ToList();
            var clock = Stopwatch.StartNew();
            await state.ApplyListPageAsync(
                new ListSyncPage
                {
                    Source = "cases",
                    Kind = SyncRecordKind.Case,
                    Round = round,
                    FullRound = !changed,
                    Changes = changes,
                    Link = $"link-{changed}-{page}",
                    EndOfRound = false,
                    SeenAt = SeenAt,
                },
                cancellationToken);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
