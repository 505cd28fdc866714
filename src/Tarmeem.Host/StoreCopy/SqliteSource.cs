using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Tarmeem.Host.StoreCopy;

/// <summary>
/// The store being moved, opened read-only (the file is never written, so it stays as it was) inside one read
/// transaction, so that every table is read at the same moment. Tables and columns come from its own schema, so a new
/// schema step needs no change here.
/// </summary>
internal sealed class SqliteSource : IAsyncDisposable
{
    /// <summary>xinfo's <c>hidden</c>: 2 and 3 are generated columns (virtual, stored).</summary>
    private const string ColumnsSql = """
        SELECT name, type, hidden IN (2, 3), pk FROM pragma_table_xinfo(@table) WHERE hidden <> 1 ORDER BY cid
        """;

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;

    private SqliteSource(string path, SqliteConnection connection, SqliteTransaction transaction)
    {
        Path = path;
        this.connection = connection;
        this.transaction = transaction;
    }

    public string Path { get; }

    public static async Task<SqliteSource> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new StoreCopyException(
                $"There is no SQLite store to copy at {path}: point --data (or Tarmeem:Data:Directory in --config) at the "
                + "folder that holds tarmeem.db.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = ReadOnlyName(path),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new SqliteSource(path, connection, connection.BeginTransaction(deferred: true));
        }
        catch (SqliteException error)
        {
            await connection.DisposeAsync();
            throw new StoreCopyException($"The file {path} cannot be read as a tarmeem store: {error.Message}", error);
        }
    }

    /// <summary>
    /// A read-only connection to a WAL database still creates its -wal and -shm files. When neither exists, no process
    /// has the store open and no committed change waits in a WAL, so the file is opened as immutable: nothing at all is
    /// created or written beside it. When they exist (a running or crashed process), they hold committed data that must
    /// be read, so the file is opened read-only through them.
    /// </summary>
    private static string ReadOnlyName(string path) =>
        File.Exists(path + "-wal") || File.Exists(path + "-shm") ? path : new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";

    /// <summary>The newest schema step applied to the source.</summary>
    public async Task<long> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = Command($"SELECT coalesce(max(version), 0) FROM {SqlNames.Ledger}");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (SqliteException error)
        {
            throw new StoreCopyException(
                $"The file {Path} is not a tarmeem store ({error.Message}): point --data at the folder of the store to copy.",
                error);
        }
    }

    /// <summary>Every data table (not the ledger, not Quartz's), parents before the tables whose keys point at them.</summary>
    public async Task<IReadOnlyList<CopyTable>> TablesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (var command = Command("""
            SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<CopyTable>();
        foreach (var name in names.Where(name => name != SqlNames.Ledger && !SqlNames.IsQuartz(name)))
        {
            tables.Add(await DescribeAsync(name, cancellationToken));
        }

        return ParentsFirst(tables);
    }

    /// <summary>The command reading the table's rows in key order, every column (see <see cref="CopyTable.SelectSql"/>).</summary>
    public DbCommand ReadCommand(CopyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Command(table.SelectSql("BINARY"));
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task<CopyTable> DescribeAsync(string name, CancellationToken cancellationToken)
    {
        var columns = new List<CopyColumn>();
        var key = new SortedDictionary<long, string>();
        await using (var command = Command(ColumnsSql))
        {
            command.Parameters.AddWithValue("@table", name);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var column = reader.GetString(0);
                columns.Add(new CopyColumn(column, reader.GetString(1), reader.GetBoolean(2)));
                if (reader.GetInt64(3) > 0)
                {
                    key[reader.GetInt64(3)] = column;
                }
            }
        }

        var parents = new List<string>();
        await using (var command = Command("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@table) ORDER BY 1"))
        {
            command.Parameters.AddWithValue("@table", name);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                parents.Add(reader.GetString(0));
            }
        }

        return new CopyTable(name, columns, [.. key.Values], parents);
    }

    /// <summary>A stable topological order: by name, except that a table waits for the tables it references.</summary>
    private static List<CopyTable> ParentsFirst(List<CopyTable> tables)
    {
        var ordered = new List<CopyTable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var known = tables.Select(table => table.Name).ToHashSet(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var next = tables.FirstOrDefault(table => !placed.Contains(table.Name)
                && table.Parents.All(parent => parent == table.Name || placed.Contains(parent) || !known.Contains(parent)))
                ?? throw new StoreCopyException(
                    "The source's foreign keys form a cycle between "
                    + string.Join(", ", tables.Where(table => !placed.Contains(table.Name)).Select(table => table.Name))
                    + ": this build cannot order the copy.");
            ordered.Add(next);
            placed.Add(next.Name);
        }

        return ordered;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
