using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>The <c>quarantined_records</c> table: one row per source record, its latest reason and sighting.</summary>
internal static class QuarantineRows
{
    private const string Columns = "source, source_id, reason, seen_at";

    private const string UpsertSql = $"""
        INSERT INTO quarantined_records ({Columns}) VALUES ($source, $source_id, $reason, $seen_at)
        ON CONFLICT (source, source_id) DO UPDATE SET reason = excluded.reason, seen_at = excluded.seen_at;
        """;

    private const string WindowSql = $"""
        SELECT {Columns} FROM quarantined_records WHERE seen_at >= $start AND seen_at < $end ORDER BY source, source_id;
        """;

    private const string Kind = "Quarantined record";

    public static async Task UpsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyCollection<QuarantinedRecord> records,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(connection, transaction, UpsertSql, "$source", "$source_id", "$reason", "$seen_at");
        var position = 0;
        foreach (var item in records)
        {
            batch[0] = RecordKeys.Require(item.Source, Kind, "source", position);
            batch[1] = RecordKeys.Require(item.SourceId, Kind, "source id", position++);
            batch[2] = item.Reason;
            batch[3] = Instants.ToDb(item.SeenAt);
            await batch.RunAsync(cancellationToken);
        }
    }

    public static IReadOnlyList<QuarantinedRecord> ReadWindow(
        SqliteConnection connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var row = new RowCursor(connection, WindowSql, windowStart, windowEnd);
        var records = new List<QuarantinedRecord>();
        while (row.Read())
        {
            BulkRead.CheckCancellation(records.Count, cancellationToken);
            records.Add(new QuarantinedRecord
            {
                Source = row.Text(0),
                SourceId = row.Text(1),
                Reason = row.Text(2),
                SeenAt = row.Instant(3),
            });
        }

        return records;
    }
}
