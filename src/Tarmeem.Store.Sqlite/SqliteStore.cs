using Microsoft.Data.Sqlite;
using Tarmeem.Store.Records;

namespace Tarmeem.Store.Sqlite;

/// <summary>
/// Opens the embedded store: one SQLite file, <c>tarmeem.db</c>, in WAL mode so that reports can read while a sync
/// writes. Schema and time format: <see cref="SchemaMigrations"/>.
/// </summary>
public static class SqliteStore
{
    public const string DatabaseFileName = "tarmeem.db";

    /// <summary>The newest schema step this build knows: a store it opens is brought up to it.</summary>
    public static int SchemaVersion => SchemaMigrations.All[^1].Version;

    /// <summary>SQLITE_NOTADB: the file exists but is not a SQLite database.</summary>
    private const int NotADatabase = 26;

    /// <inheritdoc cref="OpenAsync(StoreOptions, TimeProvider, CancellationToken)"/>
    public static Task<SqlServiceRecordStore> OpenAsync(StoreOptions options, CancellationToken cancellationToken) =>
        OpenAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>
    /// Opens (creating folder and file if missing) the store in <see cref="StoreOptions.DataDirectory"/>, switches it to
    /// WAL and applies any schema migration not yet applied. Refuses a file whose schema is newer than this build.
    /// </summary>
    /// <param name="timeProvider">Stamps <c>schema_migrations.applied_at</c>.</param>
    public static async Task<SqlServiceRecordStore> OpenAsync(
        StoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException(
                "StoreOptions.DataDirectory is empty: set it to the folder that holds (or will hold) tarmeem.db.",
                nameof(options));
        }

        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        var dialect = new SqliteDialect(Path.Combine(directory, DatabaseFileName));
        var store = new SqlServiceRecordStore(dialect);
        try
        {
            await using var connection = (SqliteConnection)await dialect.OpenAsync(ConnectionPurpose.Records, cancellationToken);
            await EnableWalAsync(connection, dialect.DatabasePath, cancellationToken);
            await SchemaMigrator.ApplyAsync(connection, SchemaMigrations.All, timeProvider, dialect.DatabasePath, cancellationToken);
            return store;
        }
        catch (SqliteException error) when (error.SqliteErrorCode == NotADatabase)
        {
            await store.DisposeAsync();
            throw new InvalidOperationException(
                $"The file {dialect.DatabasePath} is not a tarmeem store (not a SQLite database): move it away, or point "
                + "StoreOptions.DataDirectory at another folder.",
                error);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    private static async Task EnableWalAsync(SqliteConnection connection, string databasePath, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The store at {databasePath} could not switch to WAL journaling (SQLite kept '{mode}'): "
                + "put the data directory on a local disk.");
        }
    }
}
