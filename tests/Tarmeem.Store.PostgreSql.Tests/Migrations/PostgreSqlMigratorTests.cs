using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using static Tarmeem.Store.PostgreSql.Tests.PostgresTestDatabase;

namespace Tarmeem.Store.PostgreSql.Tests.Migrations;

public sealed class PostgreSqlMigratorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] AllVersions = [.. PostgreSqlMigrations.All.Select(m => m.Version.ToString(CultureInfo.InvariantCulture))];

    private static int Latest => PostgreSqlMigrations.All[^1].Version;

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_CreatesSchemaAndRecordsEveryStep()
    {
        await using var dataSource = await MigratedAsync(database, "m_empty");

        var ledger = await RowsAsync(dataSource, "SELECT version, applied_at FROM m_empty.schema_migrations ORDER BY version");
        Assert.Equal(AllVersions.Select(version => $"{version}|2026-12-03T09:30:00.000Z"), ledger);
        Assert.Equal(["0"], await RowsAsync(dataSource, "SELECT count(*) FROM m_empty.cases"));
    }

    [Fact]
    public async Task ApplyAsync_FourNodesAtOnce_AllSucceedAndApplyEachStepOnce()
    {
        var nodes = Enumerable.Range(0, 4).Select(_ => DataSource(database, "m_together")).ToList();
        try
        {
            // Separate data sources: separate connections, as separate processes would have.
            await Task.WhenAll(nodes.Select(node =>
                Task.Run(() => PostgreSqlMigrator.ApplyAsync(node, new FakeTimeProvider(AppliedAt), CancellationToken.None))));

            var ledger = await RowsAsync(nodes[0], "SELECT version FROM schema_migrations ORDER BY version");
            Assert.Equal(AllVersions, ledger);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ApplyAsync_AlreadyCurrent_ChangesNothing()
    {
        await using var dataSource = await MigratedAsync(database, "m_twice");

        await PostgreSqlMigrator.ApplyAsync(dataSource, new FakeTimeProvider(AppliedAt.AddDays(1)), CancellationToken.None);

        Assert.Equal([$"{Latest}|2026-12-03T09:30:00.000Z"],
            await RowsAsync(dataSource, "SELECT count(*), max(applied_at) FROM schema_migrations"));
    }

    [Fact]
    public async Task ApplyAsync_SchemaFromNewerBuild_IsRefusedNamingBothVersions()
    {
        await using var dataSource = await MigratedAsync(database, "m_newer");
        await ExecuteAsync(dataSource,
            $"INSERT INTO schema_migrations VALUES ({Latest + 1}, 'from a newer build', '2027-01-01T00:00:00.000Z')");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PostgreSqlMigrator.ApplyAsync(dataSource, new FakeTimeProvider(AppliedAt), CancellationToken.None));

        Assert.Contains("schema m_newer", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"is at schema version {Latest + 1} but this build knows up to {Latest}: upgrade tarmeem", refused.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_StepFailingHalfway_LeavesNothingOfIt()
    {
        await using var dataSource = await MigratedAsync(database, "m_failing");
        PostgreSqlMigration broken = new(Latest + 1, "a step that fails",
            ["CREATE TABLE half_done (id BIGINT)", "ALTER TABLE no_such_table ADD COLUMN x BIGINT"]);

        await Assert.ThrowsAsync<PostgresException>(() => PostgreSqlMigrator.ApplyAsync(
            dataSource, [.. PostgreSqlMigrations.All, broken], new FakeTimeProvider(AppliedAt), CancellationToken.None));

        Assert.Equal([$"0|{Latest}"], await RowsAsync(dataSource,
            "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'm_failing' AND tablename = 'half_done'), "
            + "(SELECT max(version) FROM schema_migrations)"));
    }

    [Fact]
    public async Task ApplyAsync_LiveAndSampleSchemas_KeepTheirOwnRows()
    {
        await using var live = await MigratedAsync(database, PostgreSqlDataSources.LiveSchema);
        await using var sample = await MigratedAsync(database, PostgreSqlDataSources.SampleSchema);

        await ExecuteAsync(sample, "INSERT INTO sync_coverage VALUES ('list:cases', 'Cases', 0)");

        Assert.Equal(["0"], await RowsAsync(live, "SELECT count(*) FROM sync_coverage"));
        Assert.Equal(["1"], await RowsAsync(sample, "SELECT count(*) FROM sync_coverage"));
    }
}
