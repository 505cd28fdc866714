using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Store.Sqlite;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Host.Tests.StoreCopy;

/// <summary>
/// <c>tarmeem store copy</c> from a real SQLite file into a real, empty PostgreSQL database of the test run's cluster.
/// </summary>
public sealed class StoreCopyCommandTests
{
    [Fact]
    public async Task Copy_SyncedStore_EveryTableEqualAndSourceFileUnchanged()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data);
        var before = SyncedSqliteStore.FileHashes(data);
        var source = await CopyTargets.DumpAsync(Path.Combine(data, SqliteStore.DatabaseFileName));
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.True(run.ExitCode == CommandRunner.Success, run.Error);
        Assert.Equal(before, SyncedSqliteStore.FileHashes(data));
        Assert.All(source, table => Assert.NotEmpty(table.Value));
        var copied = await CopyTargets.DumpAsync(target, source.Keys);
        await using var connection = await target.OpenConnectionAsync();
        var estimates = await PlannerStatistics.RowEstimatesAsync(connection);
        foreach (var (table, rows) in source)
        {
            Assert.True(rows.SequenceEqual(copied[table]), $"table {table} differs");
            // Analysed in the copy's transaction: the first report after a move is planned on the real sizes.
            Assert.Equal(rows.Count, estimates[table]);
            var line = Assert.Single(run.Output.Split('\n'), l => l.StartsWith(table + " ", StringComparison.Ordinal));
            Assert.Contains(rows.Count.ToString("N0", CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        }

        Assert.Contains("Quartz schedule", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx", "2026-10", "tarmeem-quality-2026-10.xlsx")]
    [InlineData("docx", "2026-Q3", "tarmeem-board-2026-Q3.docx")]
    public async Task Copy_ThenReport_SameDocumentAsFromTheSqliteStoreBefore(string format, string period, string file)
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data);
        var before = await CliRun.InvokeAsync("report", "--data", data, "--period", period, "--format", format, "--out", temp.Sub("before"));
        Assert.True(before.ExitCode == CommandRunner.Success, before.Error);
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;

        var copy = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);
        var after = await CliRun.InvokeAsync(
            "report", "--config", settings, "--data", temp.Sub("data-pg"), "--period", period, "--format", format, "--out", temp.Sub("after"));

        Assert.True(copy.ExitCode == CommandRunner.Success, copy.Error);
        Assert.True(after.ExitCode == CommandRunner.Success, after.Error);
        PackageParts.AssertSame(PackageParts.Read(Path.Combine(temp.Sub("before"), file)), PackageParts.Read(Path.Combine(temp.Sub("after"), file)));
    }

    [Fact]
    public async Task Copy_ChangesStillInTheWal_CopiedToo()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data, scale: 0.01);
        // A process that still has the store open, its last change only in the WAL (as after a crash of serve).
        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(data, SqliteStore.DatabaseFileName)};Pooling=False");
        await writer.OpenAsync();
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = """
                PRAGMA wal_autocheckpoint = 0;
                INSERT INTO sync_coverage VALUES ('only-in-the-wal', 'Inquiries', 1);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.True(run.ExitCode == CommandRunner.Success, run.Error);
        await using var read = target.CreateCommand("SELECT kind FROM sync_coverage WHERE source = 'only-in-the-wal'");
        Assert.Equal("Inquiries", await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Copy_JobRuns_IdsKeptAndNextIdFollowsTheLargest()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data);
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.True(run.ExitCode == CommandRunner.Success, run.Error);
        await using var insert = target.CreateCommand(
            "INSERT INTO job_runs (job, started_at, outcome) VALUES ('after', 1, 'Running') RETURNING id");
        Assert.Equal(9223372036854775001L, (long)(await insert.ExecuteScalarAsync())!);
        await using var start = target.CreateCommand("INSERT INTO service_starts (started_at) VALUES (2) RETURNING id");
        Assert.Equal(6L, (long)(await start.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Copy_TargetNotEmpty_RefusedNamingTableAndCountAndChangesNothing()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data);
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;
        var first = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);
        Assert.True(first.ExitCode == CommandRunner.Success, first.Error);
        var tables = (await CopyTargets.DumpAsync(Path.Combine(data, SqliteStore.DatabaseFileName))).Keys;
        var copied = await CopyTargets.DumpAsync(target, tables);

        var second = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, second.ExitCode);
        var cases = copied["cases"].Count.ToString("N0", CultureInfo.InvariantCulture);
        Assert.Contains($"is not empty: table cases has {cases} rows", second.Error, StringComparison.Ordinal);
        Assert.Equal(copied, await CopyTargets.DumpAsync(target, tables));
    }

    [Fact]
    public async Task Copy_TargetChangesARowOnTheWay_FailsNamingTableAndLeavesTargetEmpty()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data);
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;
        await Tarmeem.Store.PostgreSql.PostgreSqlMigrator.ApplyAsync(target, TimeProvider.System, CancellationToken.None);
        await using (var trigger = target.CreateCommand("""
            CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.contact_key = 'key-3' THEN NEW.bounces := NEW.bounces + 1; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER tamper BEFORE INSERT ON survey_bounces FOR EACH ROW EXECUTE FUNCTION tamper();
            """))
        {
            await trigger.ExecuteNonQueryAsync();
        }

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains("The copy of table survey_bounces does not match the source (checksum", run.Error, StringComparison.Ordinal);
        var tables = (await CopyTargets.DumpAsync(Path.Combine(data, SqliteStore.DatabaseFileName))).Keys;
        Assert.Equal(0, await CopyTargets.CountAllAsync(target, tables));
    }

    [Fact]
    public async Task Copy_TargetTableWithOtherColumns_RefusedNamingTheTable()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data, scale: 0.01);
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;
        await Tarmeem.Store.PostgreSql.PostgreSqlMigrator.ApplyAsync(target, TimeProvider.System, CancellationToken.None);
        await using (var alter = target.CreateCommand("ALTER TABLE sync_coverage ADD COLUMN extra TEXT"))
        {
            await alter.ExecuteNonQueryAsync();
        }

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains("Table sync_coverage has other columns in the target", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite", "Host=127.0.0.1;Database=x", "Tarmeem:Data:Provider is 'Sqlite'")]
    [InlineData(null, "Host=127.0.0.1;Database=x", "Tarmeem:Data:Provider is not set")]
    [InlineData("PostgreSql", null, "Tarmeem:Data:ConnectionString is missing")]
    [InlineData("PostgreSql", "Host=127.0.0.1;Database=x;Password=secret", "contains a password")]
    public async Task Copy_BadTargetSettings_OneLineNamingTheKey(string? provider, string? connectionString, string expected)
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data, scale: 0.01);
        var settings = CopyTargets.SettingsFile(temp, provider, connectionString);

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Copy_ServerUnreachable_NamesHostAndPort()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data, scale: 0.01);
        var port = ClosedPort();
        var settings = CopyTargets.SettingsFile(temp, "PostgreSql",
            string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Database=tarmeem;Username=tarmeem;Timeout=5"));

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}"), run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_NoSourceStore_SaysWhereItLookedAndCreatesNothing()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("empty");
        Directory.CreateDirectory(data);
        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains($"no SQLite store to copy at {Path.Combine(data, SqliteStore.DatabaseFileName)}", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(data));
    }

    [Fact]
    public async Task Copy_SourceAtAnOlderSchema_SaysToOpenItOnceWithThisBuild()
    {
        using var temp = new TempFolder();
        var data = temp.Sub("data");
        await SyncedSqliteStore.CreateAsync(data, scale: 0.01);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(data, SqliteStore.DatabaseFileName)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)";
            await command.ExecuteNonQueryAsync();
        }

        var (settings, target) = await CopyTargets.CreateAsync(temp);
        await using var _ = target;

        var run = await CliRun.InvokeAsync("store", "copy", "--data", data, "--to-config", settings);

        Assert.Equal(CommandRunner.InputError, run.ExitCode);
        Assert.Contains("open it once with this build", run.Error, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
