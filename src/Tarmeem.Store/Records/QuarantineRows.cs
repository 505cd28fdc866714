using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>
/// The <c>quarantined_records</c> table: one row per source record, its latest reason and sighting, since when it is
/// held back and, once it reads cleanly or is deleted at the source, when it was released.
/// </summary>
internal static class QuarantineRows
{
    private const string Columns = "source, source_id, reason, seen_at, since_at, problem, field";

    private const string UpsertSql = $"""
        INSERT INTO quarantined_records ({Columns}) VALUES (@source, @source_id, @reason, @seen_at, @since_at, @problem, @field)
        ON CONFLICT (source, source_id) DO UPDATE SET reason = excluded.reason, seen_at = excluded.seen_at,
            problem = excluded.problem, field = excluded.field,
            since_at = CASE WHEN quarantined_records.released_at IS NULL AND quarantined_records.since_at < excluded.since_at
                THEN quarantined_records.since_at ELSE excluded.since_at END,
            released_at = NULL;
        """;

    /// <summary>Held back at the window's end: quarantined before it and not released by then.</summary>
    private const string HeldAtSql = $"""
        SELECT {Columns} FROM quarantined_records
        WHERE since_at < @end AND (released_at IS NULL OR released_at >= @end) ORDER BY source, source_id;
        """;

    /// <summary>Ends a record's quarantine (it now reads cleanly, or was deleted at the source); parameters @source, @source_id, @at.</summary>
    public const string ReleaseSql = """
        UPDATE quarantined_records SET released_at = @at WHERE source = @source AND source_id = @source_id AND released_at IS NULL;
        """;

    private const string Kind = "Quarantined record";

    public static async Task UpsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyCollection<QuarantinedRecord> records,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(connection, transaction, UpsertSql, "@source", "@source_id", "@reason", "@seen_at", "@since_at", "@problem", "@field");
        var position = 0;
        foreach (var item in records)
        {
            batch[0] = RecordKeys.Require(item.Source, Kind, "source", position);
            batch[1] = RecordKeys.Require(item.SourceId, Kind, "source id", position++);
            batch[2] = item.Reason;
            batch[3] = Instants.ToDb(item.SeenAt);
            batch[4] = Instants.ToDb(item.Since ?? item.SeenAt);
            batch[5] = EnumNames<QuarantineProblem>.ToDb(item.Problem, Kind, item.SourceId);
            batch[6] = (object?)item.Field ?? DBNull.Value;
            await batch.RunAsync(cancellationToken);
        }

        await batch.FlushAsync(cancellationToken);
    }

    /// <summary>Every record held back at <paramref name="windowEnd"/>, however long ago sync last saw it.</summary>
    public static IReadOnlyList<QuarantinedRecord> ReadHeldAt(
        StoreRead connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var row = connection.Cursor(HeldAtSql, windowStart, windowEnd);
        var records = new List<QuarantinedRecord>();
        while (row.Read())
        {
            BulkRead.CheckCancellation(records.Count, cancellationToken);
            // Each column read once, left to right: a provider's cursor may stream the row.
            var source = row.Text(0);
            var sourceId = row.Text(1);
            var reason = row.Text(2);
            var seenAt = row.Int64(3);
            var since = row.Int64(4);
            var problem = row.Text(5);
            var field = row.NullableText(6);
            records.Add(new QuarantinedRecord
            {
                Source = source,
                SourceId = sourceId,
                Reason = reason,
                SeenAt = Instants.FromDb(seenAt),
                Since = since == seenAt ? null : Instants.FromDb(since),
                Problem = ProblemFrom(problem),
                Field = field,
            });
        }

        return records;
    }

    /// <summary>A name a newer build wrote reads as unclassified: the report still counts and lists the record.</summary>
    private static QuarantineProblem ProblemFrom(string name) =>
        Enum.TryParse<QuarantineProblem>(name, ignoreCase: false, out var problem) && Enum.IsDefined(problem) ? problem : QuarantineProblem.Unclassified;
}
