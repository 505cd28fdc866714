using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tarmeem.Store.Sqlite;

/// <summary>Brings a database up to the newest <see cref="Migration"/> this build knows, and refuses a newer one.</summary>
internal static class SchemaMigrator
{
    private const string CreateLedgerSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT;
        """;

    public static async Task ApplyAsync(
        SqliteConnection connection,
        IReadOnlyList<Migration> migrations,
        TimeProvider timeProvider,
        string databasePath,
        CancellationToken cancellationToken)
    {
        await SqliteDialect.ExecuteAsync(connection, null, CreateLedgerSql, cancellationToken);

        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var current = await CurrentVersionAsync(connection, cancellationToken);
        if (current > known)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"the store at {databasePath} is at schema version {current} but this build knows up to {known}: upgrade tarmeem"));
        }

        foreach (var migration in migrations)
        {
            // IMMEDIATE takes the write lock first, so a second process opening at the same moment waits,
            // then sees the step as done.
            using var transaction = connection.BeginTransaction();
            if (await IsAppliedAsync(connection, transaction, migration.Version, cancellationToken))
            {
                continue;
            }

            await SqliteDialect.ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await RecordAsync(connection, transaction, migration, timeProvider.GetUtcNow(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<long> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<bool> IsAppliedAsync(
        SqliteConnection connection, SqliteTransaction transaction, int version, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM schema_migrations WHERE version = @version;";
        command.Parameters.AddWithValue("@version", version);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private static async Task RecordAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        Migration migration,
        DateTimeOffset appliedAt,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @applied_at);
            """;
        command.Parameters.AddWithValue("@version", migration.Version);
        command.Parameters.AddWithValue("@description", migration.Description);
        // Text, unlike the record tables: this ledger is read by people opening the file, not by window queries.
        command.Parameters.AddWithValue(
            "@applied_at", appliedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
