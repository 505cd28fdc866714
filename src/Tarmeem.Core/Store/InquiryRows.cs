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

    private const string WindowSql = $"""
        SELECT {Columns} FROM inquiries WHERE received_at >= $start AND received_at < $end
        UNION ALL SELECT {Columns} FROM inquiries WHERE received_at < $start AND resolved_at >= $start
        UNION ALL SELECT {Columns} FROM inquiries WHERE received_at < $start AND resolved_at IS NULL
        UNION ALL SELECT {Columns} FROM inquiries WHERE received_at IS NULL;
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

    public static async Task<IReadOnlyList<Inquiry>> ReadWindowAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        using var command = Window.Command(connection, transaction, WindowSql, windowStart, windowEnd);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var inquiries = new List<Inquiry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            inquiries.Add(new Inquiry
            {
                Id = key,
                Channel = EnumNames<Channel>.Read(reader, 1, "inquiries", key),
                RawChannel = reader.IsDBNull(2) ? null : reader.GetString(2),
                Branch = EnumNames<Branch>.Read(reader, 3, "inquiries", key),
                Category = EnumNames<InquiryCategory>.Read(reader, 4, "inquiries", key),
                Received = Instants.ReadNullable(reader, 5),
                FirstResponse = Instants.ReadNullable(reader, 6),
                Resolved = Instants.ReadNullable(reader, 7),
            });
        }

        // Sorted here: an ORDER BY over the UNION ALL makes SQLite walk a whole table in key order for one branch.
        inquiries.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        return inquiries;
    }
}
