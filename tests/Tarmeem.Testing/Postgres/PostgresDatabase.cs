using Xunit;

namespace Tarmeem.Testing.Postgres;

/// <summary>
/// A fresh database on the test process's shared cluster, one per test class: <c>IClassFixture&lt;PostgresDatabase&gt;</c>.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private static int s_created;

    public PostgresCluster Cluster { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Cluster = await PostgresCluster.SharedAsync().ConfigureAwait(false);
        Name = $"test_{Interlocked.Increment(ref s_created)}";
        ConnectionString = await Cluster.CreateDatabaseAsync(Name, CancellationToken.None).ConfigureAwait(false);
    }

    // The database goes with the cluster at the end of the test process.
    public Task DisposeAsync() => Task.CompletedTask;
}
