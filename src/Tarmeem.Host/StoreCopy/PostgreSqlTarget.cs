using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Tarmeem.Store.PostgreSql;

namespace Tarmeem.Host.StoreCopy;

/// <summary>
/// The empty PostgreSQL store being filled, all in one transaction: nothing is visible to anyone, and nothing stays,
/// unless every table is written and verified. The data tables are locked first, so a serve node started by mistake
/// meanwhile waits instead of writing beside the copy.
/// </summary>
internal sealed class PostgreSqlTarget : IAsyncDisposable
{
    private const string ColumnsSql = """
        SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_generated = 'ALWAYS', c.is_identity = 'YES'
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = @schema AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position
        """;

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly Dictionary<string, List<TargetColumn>> tables;

    private PostgreSqlTarget(
        string description, NpgsqlConnection connection, NpgsqlTransaction transaction, Dictionary<string, List<TargetColumn>> tables)
    {
        Description = description;
        this.connection = connection;
        this.transaction = transaction;
        this.tables = tables;
    }

    /// <summary>Schema, database, host and port: never the password (there is none in the settings).</summary>
    public string Description { get; }

    public static async Task<PostgreSqlTarget> OpenAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var schema = PostgreSqlDataSources.SchemaOf(dataSource);
        var where = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        var description = $"schema {schema} of database {where.Database} on {where.Host}:{where.Port}";
        var connection = await PostgreSqlConnections.OpenAsync(dataSource, cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var tables = new Dictionary<string, List<TargetColumn>>(StringComparer.Ordinal);
            await using (var command = new NpgsqlCommand(ColumnsSql, connection, transaction))
            {
                command.Parameters.AddWithValue("schema", schema);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var table = reader.GetString(0);
                    if (!tables.TryGetValue(table, out var columns))
                    {
                        tables[table] = columns = [];
                    }

                    columns.Add(new TargetColumn(reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4)));
                }
            }

            return new PostgreSqlTarget(description, connection, transaction, tables);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every source table is in the target with the same columns, each of a type the copy can write.</summary>
    public void CheckColumns(IEnumerable<CopyTable> sourceTables)
    {
        foreach (var table in sourceTables)
        {
            if (!tables.TryGetValue(table.Name, out var columns))
            {
                throw new StoreCopyException(
                    $"The target ({Description}) has no table {table.Name}: both stores must be at the same schema version.");
            }

            var source = string.Join(", ", table.Columns.Select(column => column.Name + (column.Generated ? " (generated)" : "")));
            var target = string.Join(", ", columns.Select(column => column.Name + (column.Generated ? " (generated)" : "")));
            if (!SameSet(table, columns))
            {
                throw new StoreCopyException(
                    $"Table {table.Name} has other columns in the target ({target}) than in the source ({source}): both "
                    + "stores must be at the same schema version.");
            }

            foreach (var column in Written(table))
            {
                _ = Writer(table.Name, column);
            }
        }
    }

    /// <summary>
    /// Locks every data table of the target and refuses the copy when any holds a row: a copy only ever fills an empty
    /// store, so it can never mix two installations or overwrite one.
    /// </summary>
    public async Task RefuseNonEmptyAsync(CancellationToken cancellationToken)
    {
        var data = tables.Keys.Where(table => table != SqlNames.Ledger && !SqlNames.IsQuartz(table))
            .Order(StringComparer.Ordinal).ToList();
        await ExecuteAsync("SET LOCAL lock_timeout = '10s'", cancellationToken);
        try
        {
            await ExecuteAsync($"LOCK TABLE {string.Join(", ", data.Select(SqlNames.Quote))} IN EXCLUSIVE MODE", cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new StoreCopyException(
                $"The target ({Description}) is in use by another connection (a serve node?): stop every process using it "
                + "and run the copy again.", error);
        }

        foreach (var table in data)
        {
            await using var command = Command($"SELECT count(*) FROM {SqlNames.Quote(table)}");
            var rows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (rows > 0)
            {
                throw new StoreCopyException(
                    $"The target ({Description}) is not empty: table {table} has "
                    + string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows")
                    + ". A copy goes only into an empty store: name an empty database in --to-config, or empty this one first.");
            }
        }
    }

    /// <summary>Writes the source's rows by binary COPY (generated columns left to the target); returns the rows written.</summary>
    public async Task<long> WriteAsync(CopyTable table, DbDataReader rows, RowChecksum checksum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(checksum);
        var written = Written(table);
        var ordinals = written.Select(column => table.Columns.ToList().FindIndex(c => c.Name == column.Name)).ToArray();
        var writers = written.Select(column => Writer(table.Name, column)).ToArray();
        var copy = $"COPY {SqlNames.Quote(table.Name)} ({string.Join(", ", written.Select(column => SqlNames.Quote(column.Name)))}) "
            + "FROM STDIN (FORMAT BINARY)";
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                checksum.Add(rows);
                await importer.StartRowAsync(cancellationToken);
                for (var index = 0; index < writers.Length; index++)
                {
                    await writers[index](importer, rows, ordinals[index], cancellationToken);
                }
            }

            return (long)await importer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException error)
        {
            throw new StoreCopyException(
                $"Copying table {table.Name} into the target failed ({error.SqlState}: {error.MessageText}); nothing was "
                + "kept (the copy is one transaction).", error);
        }
    }

    /// <summary>Moves each identity column's sequence past the largest copied value, as SQLite hands out max + 1.</summary>
    public async Task RestartIdentitiesAsync(CopyTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var column in tables[table.Name].Where(column => column.Identity))
        {
            await using var command = Command($"SELECT max({SqlNames.Quote(column.Name)}) FROM {SqlNames.Quote(table.Name)}");
            if (await command.ExecuteScalarAsync(cancellationToken) is { } max and not DBNull)
            {
                // ALTER … RESTART, unlike setval, is transactional: a rolled-back copy leaves the sequence as it was.
                var next = Convert.ToInt64(max, CultureInfo.InvariantCulture) + 1;
                await ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
                    $"ALTER TABLE {SqlNames.Quote(table.Name)} ALTER COLUMN {SqlNames.Quote(column.Name)} RESTART WITH {next}"),
                    cancellationToken);
            }
        }
    }

    /// <summary>Reads the written table back, in the source's order, through the same checksum.</summary>
    public async Task ChecksumAsync(CopyTable table, RowChecksum checksum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(checksum);
        await using var command = Command(table.SelectSql("\"C\""));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checksum.Add(reader);
        }
    }

    /// <summary>
    /// Commits the copy with the planner's statistics of the copied tables: the first report after a move is then
    /// planned on the real table sizes, not on an empty table's guesses before autovacuum has come round.
    /// </summary>
    public async Task CommitAsync(IEnumerable<CopyTable> tables, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"ANALYZE {string.Join(", ", tables.Select(table => SqlNames.Quote(table.Name)))}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Without a commit, disposing rolls everything back.</summary>
    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static bool SameSet(CopyTable table, List<TargetColumn> columns) =>
        table.Columns.Select(column => (column.Name, column.Generated)).ToHashSet()
            .SetEquals(columns.Select(column => (column.Name, column.Generated)));

    private List<TargetColumn> Written(CopyTable table) =>
        [.. table.Written.Select(column => tables[table.Name].First(target => target.Name == column.Name))];

    private delegate Task ValueWriter(NpgsqlBinaryImporter importer, DbDataReader row, int ordinal, CancellationToken cancellationToken);

    /// <summary>How a source value (SQLite's INTEGER, TEXT, REAL, BLOB) goes into the target column's type.</summary>
    private static ValueWriter Writer(string table, TargetColumn column)
    {
        ValueWriter write = column.DataType switch
        {
            "bigint" => (importer, row, ordinal, ct) => importer.WriteAsync(row.GetInt64(ordinal), NpgsqlDbType.Bigint, ct),
            "integer" => (importer, row, ordinal, ct) => importer.WriteAsync(checked((int)row.GetInt64(ordinal)), NpgsqlDbType.Integer, ct),
            "smallint" => (importer, row, ordinal, ct) => importer.WriteAsync(checked((short)row.GetInt64(ordinal)), NpgsqlDbType.Smallint, ct),
            "text" => (importer, row, ordinal, ct) => importer.WriteAsync(row.GetString(ordinal), NpgsqlDbType.Text, ct),
            "double precision" => (importer, row, ordinal, ct) => importer.WriteAsync(row.GetDouble(ordinal), NpgsqlDbType.Double, ct),
            "bytea" => (importer, row, ordinal, ct) => importer.WriteAsync((byte[])row.GetValue(ordinal), NpgsqlDbType.Bytea, ct),
            _ => throw new StoreCopyException(
                $"Column {table}.{column.Name} is of type {column.DataType} in the target, which this build cannot copy into."),
        };
        return (importer, row, ordinal, ct) => row.IsDBNull(ordinal) ? importer.WriteNullAsync(ct) : write(importer, row, ordinal, ct);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand Command(string sql) =>
        // No time limit: counting, copying and reading back a million rows takes longer than the default 30 s.
        new(sql, connection, transaction) { CommandTimeout = 0 };
}
