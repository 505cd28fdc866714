using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Records;

/// <summary>The <c>inquiries</c> table: upsert by id, and the window read (an inquiry is closed once resolved).</summary>
internal static class InquiryRows
{
    private const string Columns = "id, channel, raw_channel, branch, category, received_at, first_response_at, resolved_at";

    private const string UpsertSql = $"""
        INSERT INTO inquiries ({Columns})
        VALUES (@id, @channel, @raw_channel, @branch, @category, @received_at, @first_response_at, @resolved_at)
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
        ConfiguredNames<Branch>.PositionSql("branch"), "branch",
        EnumNames<InquiryCategory>.PositionSql("category"), "category",
        Instants.OrNoneSql("received_at"), Instants.OrNoneSql("first_response_at"), Instants.OrNoneSql("resolved_at"),
    ]);

    private static readonly RecordWindowSql Window = RecordWindowSql.For(ReadColumns, "inquiries", "resolved_at", "id");

    private const string Kind = "Inquiry";

    public static async Task UpsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyCollection<Inquiry> inquiries,
        CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, UpsertSql,
            "@id", "@channel", "@raw_channel", "@branch", "@category", "@received_at", "@first_response_at", "@resolved_at");
        var position = 0;
        foreach (var item in inquiries)
        {
            var key = RecordKeys.Require(item.Id, Kind, "id", position++);
            batch[0] = key;
            batch[1] = EnumNames<Channel>.ToDb(item.Channel, Kind, key);
            batch[2] = (object?)item.RawChannel ?? DBNull.Value;
            batch[3] = ConfiguredNames<Branch>.ToDb(item.Branch, Kind, key);
            batch[4] = EnumNames<InquiryCategory>.ToDb(item.Category, Kind, key);
            batch[5] = Instants.ToDb(item.Received);
            batch[6] = Instants.ToDb(item.FirstResponse);
            batch[7] = Instants.ToDb(item.Resolved);
            await batch.RunAsync(cancellationToken);
        }

        await batch.FlushAsync(cancellationToken);
    }

    public static IReadOnlyList<Inquiry> ReadWindow(
        StoreRead connection,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        WindowPlan plan,
        CancellationToken cancellationToken) =>
        Window.Read(connection, windowStart, windowEnd, plan, Map, static record => record.Id, cancellationToken);

    private static Inquiry Map(IRowCursor row) => new()
    {
        Id = row.Text(0),
        RawChannel = row.NullableText(1),
        Channel = EnumNames<Channel>.FromPosition(row, 2, 3, "inquiries", 0),
        Branch = ConfiguredNames<Branch>.FromPosition(row, 4, 5, "inquiries", 0),
        Category = EnumNames<InquiryCategory>.FromPosition(row, 6, 7, "inquiries", 0),
        Received = row.InstantOrNone(8),
        FirstResponse = row.InstantOrNone(9),
        Resolved = row.InstantOrNone(10),
    };
}
