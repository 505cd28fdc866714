using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>The <c>inquiries</c> table: upsert by id, and the window read (an inquiry is closed once resolved).</summary>
internal static class InquiryRows
{
    private const string Columns = "id, channel, raw_channel, branch, category, received_at, first_response_at, resolved_at";

    private const string UpsertSql = $"""
        INSERT INTO inquiries ({Columns})
        VALUES ($id, $channel, $raw_channel, $branch, $category, $received_at, $first_response_at, $resolved_at)
        ON CONFLICT (id) DO UPDATE SET
            channel = excluded.channel, raw_channel = excluded.raw_channel, branch = excluded.branch,
            category = excluded.category, received_at = excluded.received_at,
            first_response_at = excluded.first_response_at, resolved_at = excluded.resolved_at;
        """;

    // Enums as member positions and instants with NULL as a number: one provider call per value (see BulkRead).
    private static readonly string ReadColumns = string.Join(", ",
    [
        "id", "raw_channel",
        EnumNames<Channel>.PositionSql("channel"), "channel",
        EnumNames<Branch>.PositionSql("branch"), "branch",
        EnumNames<InquiryCategory>.PositionSql("category"), "category",
        Instants.OrNoneSql("received_at"), Instants.OrNoneSql("first_response_at"), Instants.OrNoneSql("resolved_at"),
    ]);

    private static readonly string WindowSql = $"""
        SELECT {ReadColumns} FROM inquiries WHERE received_at >= $start AND received_at < $end
        UNION ALL SELECT {ReadColumns} FROM inquiries WHERE received_at < $start AND resolved_at >= $start
        UNION ALL SELECT {ReadColumns} FROM inquiries WHERE received_at < $start AND resolved_at IS NULL
        UNION ALL SELECT {ReadColumns} FROM inquiries WHERE received_at IS NULL;
        """;

    // The same rows for WindowPlan.Scan: "+" keeps SQLite off the indexes, so it walks the table in key order.
    private static readonly string ScanSql = $"""
        SELECT {ReadColumns} FROM inquiries
        WHERE (+received_at >= $start AND +received_at < $end)
           OR (+received_at < $start AND (+resolved_at >= $start OR +resolved_at IS NULL))
           OR +received_at IS NULL
        ORDER BY id;
        """;

    private const string Kind = "Inquiry";

    public static async Task UpsertAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyCollection<Inquiry> inquiries,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "$id", "$channel", "$raw_channel", "$branch", "$category", "$received_at", "$first_response_at", "$resolved_at");
        var position = 0;
        foreach (var item in inquiries)
        {
            var key = RecordKeys.Require(item.Id, Kind, "id", position++);
            batch[0] = key;
            batch[1] = EnumNames<Channel>.ToDb(item.Channel, Kind, key);
            batch[2] = (object?)item.RawChannel ?? DBNull.Value;
            batch[3] = EnumNames<Branch>.ToDb(item.Branch, Kind, key);
            batch[4] = EnumNames<InquiryCategory>.ToDb(item.Category, Kind, key);
            batch[5] = Instants.ToDb(item.Received);
            batch[6] = Instants.ToDb(item.FirstResponse);
            batch[7] = Instants.ToDb(item.Resolved);
            await batch.RunAsync(cancellationToken);
        }
    }

    public static IReadOnlyList<Inquiry> ReadWindow(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        WindowPlan plan,
        CancellationToken cancellationToken)
    {
        using var command = Window.Command(connection, transaction, plan == WindowPlan.Scan ? ScanSql : WindowSql, windowStart, windowEnd);
        using var reader = command.ExecuteReader();
        var inquiries = new List<Inquiry>();
        while (reader.Read())
        {
            BulkRead.CheckCancellation(inquiries.Count, cancellationToken);
            var key = reader.GetString(0);
            inquiries.Add(new Inquiry
            {
                Id = key,
                RawChannel = reader.IsDBNull(1) ? null : reader.GetString(1),
                Channel = EnumNames<Channel>.FromPosition(reader, 2, 3, "inquiries", 0),
                Branch = EnumNames<Branch>.FromPosition(reader, 4, 5, "inquiries", 0),
                Category = EnumNames<InquiryCategory>.FromPosition(reader, 6, 7, "inquiries", 0),
                Received = Instants.ReadOrNone(reader, 8),
                FirstResponse = Instants.ReadOrNone(reader, 9),
                Resolved = Instants.ReadOrNone(reader, 10),
            });
        }

        // Sorted here: an ORDER BY over the UNION ALL makes SQLite walk a whole table in key order for one branch.
        if (plan == WindowPlan.Index)
        {
            inquiries.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        }

        return inquiries;
    }
}
