using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Tarmeem.Benchmarks.Providers;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Benchmarks.Submit;
using Tarmeem.Store;
using Tarmeem.Store.Records;
using Tarmeem.Surveys.Page;
using Tarmeem.Surveys.Page.Nodes;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Benchmarks.Nodes;

/// <summary>
/// Durable survey submits through real <c>tarmeem serve</c> processes in one run: one node on SQLite, then two nodes on
/// one throwaway PostgreSQL server with a <c>wrk</c> on each (half the connections each, so the same count in all),
/// every request a different invitation. Afterwards the answers stored are counted against the submits acknowledged.
/// </summary>
internal static partial class SubmitNodesBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var seconds = arguments.Option("--seconds", 10);
        var connections = arguments.Option("--connections", 64);
        var invitations = arguments.Option("--invitations", 300_000);
        var folder = Directory.CreateTempSubdirectory("tarmeem-nodes-bench-").FullName;
        try
        {
            await using var cluster = await PostgresCluster.StartAsync(cancellationToken);
            var connectionString = await cluster.CreateDatabaseAsync("nodes", cancellationToken);
            Console.WriteLine($"PostgreSQL {cluster.MajorVersion} started in {cluster.StartTime.TotalSeconds:0.0} s (fsync on, default settings)");
            var protection = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var sqlite = BenchStore.Sqlite(Path.Combine(folder, "sqlite"));
            var postgres = BenchStore.PostgreSql(connectionString, Path.Combine(folder, "postgresql")) is var pg
                ? pg with { Environment = new Dictionary<string, string>(pg.Environment) { ["Tarmeem__Surveys__PageKeyProtection"] = protection } }
                : throw new UnreachableException();
            var settings = Path.Combine(folder, "serve.json");
            await File.WriteAllTextAsync(settings, NodeSettings.Json(), cancellationToken);
            var tokens = SubmitSeed.Tokens(invitations);

            var sqliteRun = await MeasureAsync(sqlite, nodes: 1, ReadFileKeyAsync(Path.Combine(folder, "sqlite")));
            var postgresRun = await MeasureAsync(postgres, nodes: 2, ReadStoredKeyAsync(protection));

            Console.WriteLine();
            Console.WriteLine("| setup | answers/s | p50 ms | p99 ms | server CPU µs/answer | acknowledged | stored |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(sqliteRun.Row("1 node, SQLite"));
            Console.WriteLine(postgresRun.Row("2 nodes, one PostgreSQL"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"2 nodes on PostgreSQL / 1 node on SQLite: answers/s {postgresRun.Wrk.PerSecond / sqliteRun.Wrk.PerSecond:0.00}×, p99 {postgresRun.Wrk.P99Ms / sqliteRun.Wrk.P99Ms:0.00}×"));
            foreach (var (name, run) in new[] { ("SQLite", sqliteRun), ("PostgreSQL", postgresRun) })
            {
                // wrk wraps round the token file: past its end, submits answer invitations already answered.
                if (run.Wrk.Requests > invitations)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: {run.Wrk.Requests:N0} requests for {invitations:N0} invitations, so some answered one twice and the rate is not of first answers: run again with --invitations {run.Wrk.Requests * 3 / 2} or more."));
                }
            }

            return sqliteRun.Consistent(connections) && postgresRun.Consistent(connections) ? 0 : 1;

            async Task<NodesRun> MeasureAsync(BenchStore store, int nodes, Func<SqlServiceRecordStore, Task<FormSeal>> seal)
            {
                var clock = Stopwatch.StartNew();
                await using var session = await store.Factory.OpenAsync(StoreArea.Live, cancellationToken);
                await SubmitSeed.WriteAsync(session.Records, tokens, cancellationToken);
                var form = await seal(session.Records);
                var tokenFile = Path.Combine(folder, $"tokens-{store.Name}.txt");
                await File.WriteAllLinesAsync(tokenFile, tokens.Select(t => t + " " + form.For(t, FormPurpose.Answer)), cancellationToken);
                Console.WriteLine($"{store.Name}: {invitations:N0} invitations and tokens written in {clock.Elapsed.TotalSeconds:0.0} s");

                var started = Enumerable.Range(0, nodes).Select(_ => ServeNode.Start(settings, store.Environment)).ToList();
                try
                {
                    foreach (var node in started)
                    {
                        await node.WaitReadyAsync(cancellationToken);
                        await CheckSealAsync(node, tokens[^1], form.For(tokens[^1], FormPurpose.Answer), cancellationToken);
                    }

                    var load = Wrk.LoadAverage();
                    var cpu = started.Sum(n => n.CpuTime.TotalMicroseconds);
                    // Each wrk's two threads take their own places in one stride over the tokens: no invitation twice.
                    var runs = await Task.WhenAll(started.Select((node, i) => Wrk.RunAsync(
                        node.Origin, Path.Combine("Submit", "submit.lua"),
                        [tokenFile, (2 * nodes).ToString(CultureInfo.InvariantCulture), "page", (2 * i).ToString(CultureInfo.InvariantCulture)],
                        seconds, connections / nodes, cancellationToken)));
                    cpu = started.Sum(n => n.CpuTime.TotalMicroseconds) - cpu;
                    var combined = new WrkResult(runs.Sum(r => r.PerSecond), runs.Sum(r => r.Requests), runs.Max(r => r.P50Ms), runs.Max(r => r.P99Ms), runs.Sum(r => r.Errors))
                    {
                        CpuMicrosecondsPerRequest = cpu / Math.Max(1, runs.Sum(r => r.Requests)),
                    };
                    Console.WriteLine($"{store.Name}, {nodes} node(s): {combined} (load average before {load}, after {Wrk.LoadAverage()})");
                    foreach (var (run, node) in runs.Zip(started, (r, n) => (r, n)))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {node.Origin}: {run.PerSecond:N0} requests/s, p50 {run.P50Ms:0.00} ms, p99 {run.P99Ms:0.00} ms, {run.Requests:N0} requests, {run.Errors} errors"));
                    }

                    await Task.WhenAll(started.Select(n => n.DisposeAsync().AsTask()));
                    started.Clear();
                    return new NodesRun(combined, await SubmitSeed.CountAnswersAsync(session.Records, cancellationToken));
                }
                finally
                {
                    await Task.WhenAll(started.Select(n => n.DisposeAsync().AsTask()));
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>On SQLite the page keeps its key in the data folder: made here first, read by the node.</summary>
    private static Func<SqlServiceRecordStore, Task<FormSeal>> ReadFileKeyAsync(string dataDirectory) =>
        _ => Task.FromResult(FormKeyFile.LoadOrCreate(dataDirectory));

    /// <summary>On PostgreSQL the key is in the shared store, sealed under the nodes' protection key: made here first.</summary>
    private static Func<SqlServiceRecordStore, Task<FormSeal>> ReadStoredKeyAsync(string protection) =>
        async store =>
        {
            var source = new StoredFormKeySource(
                async ct => await store.Dialect.OpenAsync(ConnectionPurpose.Records, ct), PageKeyProtection.Parse(protection), TimeProvider.System);
            return new FormSeal(await source.LoadKeyAsync(CancellationToken.None));
        };

    /// <summary>The seal written for wrk is the one the node puts in its form, or every submit would be refused.</summary>
    private static async Task CheckSealAsync(ServeNode node, string token, string seal, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"{node.Origin}/s/{token}"), cancellationToken);
        var form = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The node logs the failure a moment after answering.
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            throw new InvalidOperationException($"The node on {node.Origin} answered {(int)response.StatusCode} for a seeded link:\n{node.ErrorTail}");
        }

        if (WebUtility.HtmlDecode(FieldPattern().Match(form).Groups[1].Value) != seal)
        {
            throw new InvalidOperationException($"The form seal of the node on {node.Origin} differs from the benchmark's: they must share the page key.");
        }
    }

    [GeneratedRegex("name=\"af\" value=\"([^\"]+)\"")]
    private static partial Regex FieldPattern();

    private sealed record NodesRun(WrkResult Wrk, long Stored)
    {
        private long Acknowledged => Wrk.Requests - Wrk.Errors;

        /// <summary>Every acknowledged answer is stored; the only surplus is requests in flight when wrk stopped.</summary>
        public bool Consistent(int connections) => Stored >= Acknowledged && Stored <= Wrk.Requests + connections;

        public string Row(string setup) => string.Create(CultureInfo.InvariantCulture,
            $"| {setup} | {Wrk.PerSecond:N0} | {Wrk.P50Ms:0.00} | {Wrk.P99Ms:0.00} | {Wrk.CpuMicrosecondsPerRequest:0.0} | {Acknowledged:N0} | {Stored:N0} ({Stored - Acknowledged:+0;-0;0} in flight) |");
    }
}
