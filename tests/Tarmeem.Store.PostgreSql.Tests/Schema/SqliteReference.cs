using Microsoft.Data.Sqlite;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;

namespace Tarmeem.Store.PostgreSql.Tests.Schema;

/// <summary>Today's SQLite store, opened for real in a temp folder: the reference the PostgreSQL schema must match.</summary>
internal sealed class SqliteReference : IAsyncDisposable
{
    private readonly string folder;

    private SqliteReference(string folder, SqliteConnection connection)
    {
        this.folder = folder;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    public static async Task<SqliteReference> OpenAsync()
    {
        var folder = Directory.CreateTempSubdirectory("tarmeem-parity-").FullName;
        var store = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = folder }, CancellationToken.None);
        var path = store.Location;
        await store.DisposeAsync();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return new SqliteReference(folder, connection);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(column => reader.IsDBNull(column) ? "NULL" : reader.GetString(column))));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
