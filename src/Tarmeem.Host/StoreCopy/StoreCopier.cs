using System.Globalization;
using Npgsql;
using Tarmeem.Store.PostgreSql;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Host.StoreCopy;

/// <summary>
/// Moves an installation's SQLite store into an empty PostgreSQL store: the target is migrated to the source's schema
/// version, every data table is copied in key order in one transaction, then read back and compared table by table
/// (row count and <see cref="RowChecksum"/>). Anything missing, refused or different rolls the whole copy back. The
/// source file is only read.
/// </summary>
internal sealed class StoreCopier(TimeProvider time)
{
    /// <param name="sourcePath">The SQLite store's file (<c>tarmeem.db</c>).</param>
    /// <param name="target">A data source from <see cref="PostgreSqlDataSources.Create"/>.</param>
    /// <param name="progress">One line per table as it is copied.</param>
    public async Task<StoreCopyResult> CopyAsync(
        string sourcePath, NpgsqlDataSource target, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        var started = time.GetTimestamp();
        await using var source = await SqliteSource.OpenAsync(sourcePath, cancellationToken);
        var version = await CheckVersionsAsync(source, cancellationToken);
        try
        {
            await PostgreSqlMigrator.ApplyAsync(target, time, cancellationToken);
        }
        catch (InvalidOperationException error)
        {
            // The migrator's and the connection's own messages name the server and what to do.
            throw new StoreCopyException(error.Message, error);
        }

        var tables = await source.TablesAsync(cancellationToken);
        await using var destination = await PostgreSqlTarget.OpenAsync(target, cancellationToken);
        destination.CheckColumns(tables);
        await destination.RefuseNonEmptyAsync(cancellationToken);

        var copied = new List<(CopyTable Table, long Rows, string Checksum, TimeSpan Elapsed)>();
        foreach (var table in tables)
        {
            progress.Report($"copying {table.Name}…");
            var start = time.GetTimestamp();
            using var checksum = new RowChecksum(table);
            long written;
            await using (var command = source.ReadCommand(table))
            await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
            {
                written = await destination.WriteAsync(table, rows, checksum, cancellationToken);
            }

            await destination.RestartIdentitiesAsync(table, cancellationToken);
            if (written != checksum.Rows)
            {
                throw Mismatch(table, string.Create(CultureInfo.InvariantCulture, $"{checksum.Rows:N0} rows read, {written:N0} written"));
            }

            copied.Add((table, checksum.Rows, checksum.Finish(), time.GetElapsedTime(start)));
        }

        // Read back only once everything is written, so that nothing written later (a trigger, a cascade) goes unseen.
        var results = new List<TableCopy>();
        foreach (var (table, rows, expected, elapsed) in copied)
        {
            progress.Report($"verifying {table.Name}…");
            var start = time.GetTimestamp();
            using var checksum = new RowChecksum(table);
            await destination.ChecksumAsync(table, checksum, cancellationToken);
            var actual = checksum.Finish();
            if (checksum.Rows != rows)
            {
                throw Mismatch(table, string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows in the source, {checksum.Rows:N0} in the target"));
            }

            if (actual != expected)
            {
                throw Mismatch(table, $"checksum {Abbreviated(expected)} in the source, {Abbreviated(actual)} in the target");
            }

            results.Add(new TableCopy(table.Name, rows, actual, elapsed + time.GetElapsedTime(start)));
        }

        await destination.CommitAsync(tables, cancellationToken);
        return new StoreCopyResult(source.Path, version, destination.Description, results, time.GetElapsedTime(started));
    }

    /// <summary>The first 12 hex digits: enough to compare by eye.</summary>
    public static string Abbreviated(string checksum)
    {
        ArgumentNullException.ThrowIfNull(checksum);
        return checksum[..Math.Min(12, checksum.Length)];
    }

    /// <summary>Both stores must be at this build's schema version, so that their tables are the same.</summary>
    private static async Task<long> CheckVersionsAsync(SqliteSource source, CancellationToken cancellationToken)
    {
        var version = await source.SchemaVersionAsync(cancellationToken);
        var build = SqliteStore.SchemaVersion;
        if (version < build)
        {
            throw new StoreCopyException(
                $"The store at {source.Path} is at schema version {Number(version)}, this build's is {Number(build)}: open it "
                + "once with this build (e.g. tarmeem status with the same --config or --data), which upgrades it, then copy it.");
        }

        if (version > build)
        {
            throw new StoreCopyException(
                $"The store at {source.Path} is at schema version {Number(version)} but this build knows up to {Number(build)}: "
                + "copy it with the build that last opened it, or a newer one.");
        }

        var postgres = PostgreSqlMigrations.All[^1].Version;
        return postgres == build
            ? version
            : throw new StoreCopyException(
                $"This build's PostgreSQL store knows schema version {Number(postgres)} and its SQLite store {Number(build)}: "
                + "it cannot copy between them; use a release build.");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static StoreCopyException Mismatch(CopyTable table, string what) =>
        new($"The copy of table {table.Name} does not match the source ({what}): nothing was kept in the target (the "
            + "copy is one transaction, rolled back). Report this with the table's name.");
}
