using System.Data.Common;
using Tarmeem.Store.Sql;
using Tarmeem.Store.Sync;

namespace Tarmeem.Store.Records;

/// <summary>
/// The <c>sync_coverage</c> table and the coverage read that combines it with the first records. Every minimum is read
/// from an index (surveys by the first invitation's creation), so the read touches a few pages, not whole tables.
/// </summary>
internal static class CoverageRows
{
    private const string ReadSql = """
        SELECT (SELECT min(x) FROM (SELECT min(received_at) AS x FROM cases
                                    UNION ALL SELECT min(started_at) FROM sync_coverage WHERE kind = 'Case') AS c),
               (SELECT min(x) FROM (SELECT min(received_at) AS x FROM inquiries
                                    UNION ALL SELECT min(started_at) FROM sync_coverage WHERE kind = 'Inquiry') AS i),
               (SELECT min(created_at) FROM survey_invitations);
        """;

    /// <summary>Notes the first time a source is read; later reads change nothing.</summary>
    public static async Task NoteStartAsync(
        DbConnection connection, DbTransaction transaction, string source, SyncRecordKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var command = SyncRows.Command(connection, transaction, """
            INSERT INTO sync_coverage (source, kind, started_at) VALUES (@source, @kind, @at) ON CONFLICT (source) DO NOTHING;
            """);
        command.AddParameter("@source", source);
        command.AddParameter("@kind", kind.ToString());
        command.AddParameter("@at", Instants.ToDb(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<StoreCoverage> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ReadSql;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCoverage(Instant(reader, 0), Instant(reader, 1), Instant(reader, 2));
    }

    private static DateTimeOffset? Instant(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Instants.FromDb(reader.GetInt64(column));
}
