using System.Data.Common;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Sync;

/// <summary>The <c>sync_sources</c> and <c>sync_items</c> tables, and deletes of synced records by key.</summary>
internal static class SyncRows
{
    public static async Task<SyncCursor> ReadCursorAsync(
        DbConnection connection, DbTransaction? transaction, string source, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, "SELECT link, round, full_round FROM sync_sources WHERE source = @source;");
        command.AddParameter("@source", source);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SyncCursor(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2) != 0)
            : SyncCursor.None;
    }

    public static async Task SaveCursorAsync(
        DbConnection connection,
        DbTransaction transaction,
        string source,
        SyncCursor cursor,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO sync_sources (source, link, round, full_round, updated_at) VALUES (@source, @link, @round, @full, @at)
            ON CONFLICT (source) DO UPDATE SET link = excluded.link, round = excluded.round,
                full_round = excluded.full_round, updated_at = excluded.updated_at;
            """);
        command.AddParameter("@source", source);
        command.AddParameter("@link", (object?)cursor.Link ?? DBNull.Value);
        command.AddParameter("@round", cursor.Round);
        command.AddParameter("@full", cursor.FullRound ? 1 : 0);
        command.AddParameter("@at", Instants.ToDb(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static string DeleteRecordSql(SyncRecordKind kind) => kind switch
    {
        SyncRecordKind.Case => "DELETE FROM cases WHERE case_number = @key;",
        SyncRecordKind.Inquiry => "DELETE FROM inquiries WHERE id = @key;",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind."),
    };
}
