
namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SchemaMigratorTests
{
    private static readonly Migration First = new(1, "first", "CREATE TABLE first_table (a INTEGER);");
    private static readonly Migration Second = new(2, "second", "CREATE TABLE second_table (b INTEGER);");

    [Fact]
    public void All_Versions_StartAtOneAndIncreaseByOne()
    {
        var versions = SchemaMigrations.All.Select(migration => migration.Version);

        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), versions);
    }

    [Fact]
    public async Task ApplyAsync_NewMigrationAdded_RunsOnlyTheNewOne()
    {
        using var folder = new TempStoreFolder();
        Directory.CreateDirectory(folder.DataDirectory);
        using var connection = folder.OpenRawConnection();
        await SchemaMigrator.ApplyAsync(connection, [First], TimeProvider.System, folder.Location, CancellationToken.None);

        // Re-running the first step's CREATE TABLE would fail: success means it was skipped.
        await SchemaMigrator.ApplyAsync(connection, [First, Second], TimeProvider.System, folder.Location, CancellationToken.None);

        var versions = RawSql.Rows(connection, "SELECT version FROM schema_migrations ORDER BY version").Select(row => row[0]);
        Assert.Equal(["1", "2"], versions);
        Assert.Equal(0L, RawSql.Scalar(connection, "SELECT count(*) FROM second_table"));
    }

    [Fact]
    public async Task ApplyAsync_StepFails_LeavesNoTraceOfIt()
    {
        using var folder = new TempStoreFolder();
        Directory.CreateDirectory(folder.DataDirectory);
        using var connection = folder.OpenRawConnection();
        var broken = new Migration(2, "broken", "CREATE TABLE half_done (c INTEGER); SELECT * FROM no_such_table;");

        await Assert.ThrowsAnyAsync<Exception>(
            () => SchemaMigrator.ApplyAsync(connection, [First, broken], TimeProvider.System, folder.Location, CancellationToken.None));

        Assert.Equal(0L, RawSql.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        Assert.Equal(1L, RawSql.Scalar(connection, "SELECT max(version) FROM schema_migrations"));
    }
}
