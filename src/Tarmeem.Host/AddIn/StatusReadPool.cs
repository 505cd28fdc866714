using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Tarmeem.Host.AddIn;

/// <summary>
/// Read-only connections kept open with the status query already prepared, one per concurrent request: a status read
/// is then two index probes, not an open and a query compilation (the pane asks on every message opened).
/// </summary>
internal sealed class StatusReadPool(string connectionString, string sql) : IDisposable
{
    private readonly ConcurrentBag<PreparedRead> idle = [];

    /// <summary>Runs the query for <paramref name="id"/> and hands its row (if any) to <paramref name="read"/>.</summary>
    public async Task<T> ReadAsync<T>(string id, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var prepared = idle.TryTake(out var ready) ? ready : await OpenAsync(cancellationToken);
        T result;
        try
        {
            prepared.Id.Value = id;
            using var reader = prepared.Command.ExecuteReader();
            result = read(reader);
        }
        catch
        {
            prepared.Dispose();
            throw;
        }

        idle.Add(prepared);
        return result;
    }

    public void Dispose()
    {
        while (idle.TryTake(out var prepared))
        {
            prepared.Dispose();
        }
    }

    private async Task<PreparedRead> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        command.Prepare();
        return new PreparedRead(connection, command, id);
    }

    private sealed record PreparedRead(SqliteConnection Connection, SqliteCommand Command, SqliteParameter Id) : IDisposable
    {
        public void Dispose()
        {
            Command.Dispose();
            Connection.Dispose();
        }
    }
}
