using System.Globalization;
using Npgsql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// Brings the data source's schema up to the newest <see cref="PostgreSqlMigration"/> this build knows, and refuses a
/// newer one. Safe when several nodes start together: every transaction first takes one transaction-scoped advisory
/// lock, so one node applies a step while the others wait and then find it applied. Each step runs in one transaction
/// (PostgreSQL's DDL is transactional): a failed step leaves nothing behind.
/// </summary>
public static class PostgreSqlMigrator
{
    /// <summary>The advisory lock key of schema changes: "tarmeem1" in ASCII, apart from any job lock's hashed key.</summary>
    public const long LockKey = 0x7461726D65656D31;

    public static Task ApplyAsync(NpgsqlDataSource dataSource, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        ApplyAsync(dataSource, PostgreSqlMigrations.All, timeProvider, cancellationToken);

    /// <param name="timeProvider">Stamps <c>schema_migrations.applied_at</c>.</param>
    public static async Task ApplyAsync(
        NpgsqlDataSource dataSource,
        IReadOnlyList<PostgreSqlMigration> migrations,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var schema = PostgreSqlDataSources.SchemaOf(dataSource);
        var connection = await PostgreSqlConnections.OpenAsync(dataSource, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var applied = await PrepareAsync(connection, schema, cancellationToken).ConfigureAwait(false);
            var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
            var current = applied.Count == 0 ? 0 : applied.Max();
            if (current > known)
            {
                var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
                throw new InvalidOperationException(
                    $"the PostgreSQL store (schema {schema} of database {target.Database} on {target.Host}:{target.Port}) "
                    + string.Create(CultureInfo.InvariantCulture, $"is at schema version {current} but this build knows up to {known}")
                    + ": upgrade tarmeem (every node must run the same build)");
            }

            foreach (var migration in migrations.Where(migration => !applied.Contains(migration.Version)))
            {
                await ApplyStepAsync(connection, migration, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Creates the schema and the ledger when missing and returns the versions already applied.</summary>
    private static async Task<HashSet<long>> PrepareAsync(
        NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            // Looked up first: CREATE SCHEMA IF NOT EXISTS still demands the right to create schemas, which a role
            // given a schema made by the database's owner need not have.
            var exists = await ScalarAsync(connection, transaction,
                "SELECT count(*) FROM pg_namespace WHERE nspname = @schema", ("schema", schema), cancellationToken)
                .ConfigureAwait(false);
            if (exists == 0)
            {
                await ExecuteAsync(connection, transaction, $"CREATE SCHEMA \"{schema}\"", cancellationToken)
                    .ConfigureAwait(false);
            }

            await ExecuteAsync(connection, transaction, PostgreSqlMigrations.CreateLedger, cancellationToken)
                .ConfigureAwait(false);
            var applied = new HashSet<long>();
            var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction);
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        applied.Add(reader.GetInt64(0));
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return applied;
        }
    }

    private static async Task ApplyStepAsync(
        NpgsqlConnection connection, PostgreSqlMigration migration, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            // Another node may have applied it while this one waited for the lock.
            var done = await ScalarAsync(connection, transaction,
                "SELECT count(*) FROM schema_migrations WHERE version = @version", ("version", (long)migration.Version),
                cancellationToken).ConfigureAwait(false);
            if (done > 0)
            {
                return;
            }

            foreach (var sql in migration.Commands)
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            }

            var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @applied_at)",
                connection, transaction);
            await using (record.ConfigureAwait(false))
            {
                record.Parameters.AddWithValue("version", (long)migration.Version);
                record.Parameters.AddWithValue("description", migration.Description);
                record.Parameters.AddWithValue("applied_at", timeProvider.GetUtcNow().UtcDateTime
                    .ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, transaction, "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(@key)) AS locked",
            ("key", LockKey), cancellationToken).ConfigureAwait(false);

    private static async Task<long> ScalarAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, (string Name, T Value) parameter,
        CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<T>(parameter.Name, parameter.Value));
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
