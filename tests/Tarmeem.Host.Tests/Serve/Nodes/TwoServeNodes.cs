using System.Security.Cryptography;
using Npgsql;
using Tarmeem.GraphLoopback;
using Tarmeem.GraphLoopback.Identity;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Store;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>
/// Two <c>tarmeem serve</c> processes, node-a and node-b, on one fresh PostgreSQL database and one loopback Graph
/// server: the same settings but for the node id, the port and the data folder, as an operator sets up two machines.
/// Quartz checks in every second and takes a node for dead after two more; every job not named is years away.
/// </summary>
internal sealed class TwoServeNodes : IAsyncDisposable
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private static int databases;
    private readonly TempFolder temp;

    private TwoServeNodes(TempFolder temp, GraphLoopbackServer graph, string connectionString, ServeNode a, ServeNode b)
    {
        this.temp = temp;
        Graph = graph;
        ConnectionString = connectionString;
        A = a;
        B = b;
    }

    public GraphLoopbackServer Graph { get; }

    public string ConnectionString { get; }

    public ServeNode A { get; }

    public ServeNode B { get; }

    public IReadOnlyList<ServeNode> Nodes => [A, B];

    /// <summary>
    /// Starts both nodes together (as after a power cut) with <paramref name="schedule"/> (job setting name → cron)
    /// and waits until both answer <c>/health</c>. <paramref name="prepare"/> seeds or arms the Graph server first.
    /// </summary>
    public static async Task<TwoServeNodes> StartAsync(IReadOnlyDictionary<string, string> schedule, Action<GraphLoopbackServer> prepare)
    {
        var temp = new TempFolder();
        var graph = await GraphLoopbackServer.StartAsync(CancellationToken.None);
        ServiceSettings.AddMailboxes(graph);
        prepare(graph);
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync($"serve_nodes_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}", CancellationToken.None);
        var protection = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var environment = ManagedIdentityEndpoint.Environment(graph.Origin);
        var nodes = new List<ServeNode>();
        foreach (var name in new[] { "node-a", "node-b" })
        {
            var origin = "http://127.0.0.1:" + ServeTests.FreePort();
            var config = temp.Sub(name + ".json");
            await File.WriteAllTextAsync(config, ServeNodeSettings.Json(graph, connectionString, temp.Sub(name), origin, name, protection, schedule));
            nodes.Add(ServeNode.Start(name, origin, config, environment));
        }

        var started = new TwoServeNodes(temp, graph, connectionString, nodes[0], nodes[1]);
        try
        {
            await Task.WhenAll(nodes.Select(n => n.WaitHealthyAsync(StartLimit)));
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }

        return started;
    }

    /// <summary>The runs of a job, oldest first.</summary>
    public async Task<IReadOnlyList<JobRunRow>> JobRunsAsync(string job)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT node, outcome, started_at, finished_at, message FROM job_runs WHERE job = @job ORDER BY id", connection);
        command.Parameters.AddWithValue("job", job);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<JobRunRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new JobRunRow(
                reader.IsDBNull(0) ? "" : reader.GetString(0), reader.GetString(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>Each row of a one-column query on the live schema, as text.</summary>
    public async Task<IReadOnlyList<string>> RowsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return rows;
    }

    /// <summary>The live store as the nodes open it, for seeding and reading through the store's own code.</summary>
    public Task<StoreSession> OpenStoreAsync() =>
        PostgreSqlStoreProvider.Factory(ConnectionString, temp.Sub("test"), TimeProvider.System).OpenAsync(StoreArea.Live, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        A.Dispose();
        B.Dispose();
        await Graph.DisposeAsync();
        temp.Dispose();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = PostgreSqlDataSources.LiveSchema, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
