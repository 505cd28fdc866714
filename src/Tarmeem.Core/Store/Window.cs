using Microsoft.Data.Sqlite;

namespace Tarmeem.Core.Store;

/// <summary>A read over [<c>$start</c>, <c>$end</c>) in the store's time format.</summary>
internal static class Window
{
    public static SqliteCommand Command(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$start", Instants.ToDb(windowStart));
        command.Parameters.AddWithValue("$end", Instants.ToDb(windowEnd));
        return command;
    }
}
