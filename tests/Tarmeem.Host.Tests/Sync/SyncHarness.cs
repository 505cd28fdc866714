using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Tarmeem.Core.Domain;
using Tarmeem.Store;
using System.Globalization;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Sqlite;
using Tarmeem.Testing.Postgres;
using Tarmeem.GraphLoopback;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Sync;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Tests.Sync;

/// <summary>
/// The real pieces end to end: the loopback Graph server, the real GraphServiceClient built by
/// <see cref="GraphClientBuilder"/> (our retry handler in the SDK's pipeline), our sources, the sync service and a
/// SQLite store in a temporary folder, or a fresh database on the test run's PostgreSQL. Server, retries and sync share
/// one <see cref="JumpingTimeProvider"/>: a retry waits no real time, and the waits the server logs are exactly the ones
/// the handler chose.
/// </summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    private static int s_databases;
    private readonly string folder;
    private readonly GraphServiceClient client;
    private readonly GraphMailboxDeltaSource mailbox;

    /// <summary>Tuesday 24 November 2026, 10:00 in Riyadh, when every harness clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    private SyncHarness(GraphLoopbackServer server, JumpingTimeProvider clock, string folder, SqlServiceRecordStore records, SourcesOptions sources, GraphOptions graph)
    {
        Clock = clock;
        Server = server;
        this.folder = folder;
        Records = records;
        State = new SqlSyncStateStore(records);
        Lists = ListFixture.Create(server);
        Graph = graph;
        client = GraphClientBuilder.Build(graph, new FixedTokenCredential(server.Settings.AcceptedToken), clock, NullLogger.Instance);
        mailbox = new GraphMailboxDeltaSource(client);
        Service = new GraphSyncService(
            new GraphListDeltaSource(client),
            mailbox,
            Options.Create(sources),
            Options.Create(graph),
            clock,
            NullLogger<GraphSyncService>.Instance);
    }

    public GraphLoopbackServer Server { get; }

    public JumpingTimeProvider Clock { get; }

    public ListFixture Lists { get; }

    public GraphOptions Graph { get; }

    /// <summary>The same real SDK client the sync uses, for a test that acts as staff in Outlook would.</summary>
    public GraphServiceClient Client => client;

    public SqlServiceRecordStore Records { get; }

    public SqlSyncStateStore State { get; }

    public GraphSyncService Service { get; }

    public List<string> ProgressLines { get; } = [];

    public static async Task<SyncHarness> StartAsync(
        SourcesOptions? sources = null, int pageSize = 200, int maxRetries = 3, StoreProvider provider = StoreProvider.Sqlite)
    {
        var clock = new JumpingTimeProvider(Start);
        var server = await GraphLoopbackServer.StartAsync(clock, Timeout());
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-sync-tests", Guid.NewGuid().ToString("N"));
        var records = provider == StoreProvider.PostgreSql
            ? await OpenPostgresAsync(folder)
            : await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = folder }, CancellationToken.None);
        var graph = new GraphOptions
        {
            BaseUrl = server.BaseUrl,
            PageSize = pageSize,
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(40),
            MaxRetryDelay = TimeSpan.FromSeconds(3),
        };
        return new SyncHarness(server, clock, folder, records, sources ?? ListFixture.Sources(), graph);
    }

    /// <summary>A fresh database on the test run's PostgreSQL, opened as the host opens the live store.</summary>
    private static async Task<SqlServiceRecordStore> OpenPostgresAsync(string folder)
    {
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync(
            string.Create(CultureInfo.InvariantCulture, $"sync_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}"), CancellationToken.None);
        return await new PostgreSqlStoreProvider().OpenAsync(
            new StoreSettings(StoreProvider.PostgreSql, folder, connectionString), StoreArea.Live, TimeProvider.System, CancellationToken.None);
    }

    /// <summary>Bounds every test: nothing here should take long.</summary>
    public static CancellationToken Timeout(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    public Task<SyncSummary> SyncAsync(ISyncStateStore? state = null) =>
        Service.SyncAsync(state ?? State, new Progress(ProgressLines), Timeout());

    public async Task<ServiceRecords> ReadAllAsync() =>
        await Records.ReadAsync(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        mailbox.Dispose();
        client.Dispose();
        await State.DisposeAsync();
        await Records.DisposeAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The system cleans its temp folder later.
        }
    }

    private sealed class Progress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
