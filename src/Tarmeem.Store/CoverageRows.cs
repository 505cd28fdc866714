using Microsoft.Data.Sqlite;

namespace Tarmeem.Store;

/// <summary>
/// The <c>sync_coverage</c> table and the coverage read that combines it with the first records. Every minimum is read
/// from an index (surveys by the first invitation's creation), so the read touches a few pages, not whole tables.
/// </summary>
internal static class CoverageRows
{
    private const string ReadSql = """
        SELECT min(coalesce((SELECT min(received_at) FROM cases), 9223372036854775807),
                   coalesce((SELECT min(started_at) FROM sync_coverage WHERE kind = 'Case'), 9223372036854775807)),
               min(coalesce((SELECT min(received_at) FROM inquiries), 9223372036854775807),
                   coalesce((SELECT min(started_at) FROM sync_coverage WHERE kind = 'Inquiry'), 9223372036854775807)),
               (SELECT min(created_at) FROM survey_invitations);
        """;

    /// <summary>Notes the first time a source is read; later reads change nothing.</summary>
    public static async Task NoteStartAsync(
        SqliteConnection connection, SqliteTransaction transaction, string source, SyncRecordKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var command = SyncRows.Command(connection, transaction, """
            INSERT INTO sync_coverage (source, kind, started_at) VALUES ($source, $kind, $at) ON CONFLICT (source) DO NOTHING;
            """);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$kind", kind.ToString());
        command.Parameters.AddWithValue("$at", Instants.ToDb(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<StoreCoverage> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCoverage(Instant(reader, 0), Instant(reader, 1), Instant(reader, 2));
    }

    private static DateTimeOffset? Instant(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) || reader.GetInt64(column) == long.MaxValue ? null : Instants.FromDb(reader.GetInt64(column));
}
