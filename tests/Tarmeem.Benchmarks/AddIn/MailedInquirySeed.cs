using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tarmeem.Benchmarks.AddIn;

/// <summary>
/// Mailed inquiries as mailbox sync leaves them: two messages per conversation (received, answered), the inquiry
/// keyed <c>mail:{conversation}</c>, and an invitation for every third. Written in one transaction.
/// </summary>
internal static class MailedInquirySeed
{
    private static readonly string[] Branches = ["Makkah", "Jeddah", "Taif", "AlLith", "AlQunfudhah"];
    private static readonly string[] Statuses = ["Sent", "Answered", "Expired"];

    public static async Task<IReadOnlyList<string>> WriteAsync(string database, int count, CancellationToken cancellationToken)
    {
        var random = new Random(17);
        var yearAgo = DateTimeOffset.UtcNow.AddDays(-365).ToUnixTimeMilliseconds();
        var ids = new List<string>(count);
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var message = Command(connection, "INSERT INTO mail_messages (folder, message_id, conversation_id, at) VALUES ($folder, $id, $conversation, $at);");
        await using var inquiry = Command(connection, """
            INSERT INTO inquiries (id, channel, raw_channel, branch, category, received_at, first_response_at, resolved_at)
            VALUES ($id, 'Website', NULL, $branch, 'Other', $received, $answered, $resolved);
            """);
        await using var invitation = Command(connection, """
            INSERT INTO survey_invitations (id, subject_kind, subject_id, channel, branch, created_at, sent_at, reminder_sent_at, expires_at, status)
            VALUES ($id, 'Inquiry', $subject, 'Website', $branch, $at, $at, NULL, $at + 1209600000, $status);
            """);
        for (var i = 0; i < count; i++)
        {
            // Base64 of a few dozen bytes, like Graph's conversation ids (with '+', '/' and '=' to escape in the URL).
            var conversation = Convert.ToBase64String(Bytes(random, 40));
            ids.Add(conversation);
            var received = yearAgo + random.NextInt64(365L * 86_400_000);
            long? answered = i % 5 == 0 ? null : received + random.NextInt64(3 * 86_400_000L);
            long? resolved = answered is { } a && i % 2 == 0 ? a + 86_400_000 : null;
            var branch = Branches[i % Branches.Length];
            await Run(message, cancellationToken, ("$folder", "inbox"), ("$id", "in" + Key(i)), ("$conversation", conversation), ("$at", received));
            if (answered is { } sent)
            {
                await Run(message, cancellationToken, ("$folder", "sent"), ("$id", "out" + Key(i)), ("$conversation", conversation), ("$at", sent));
            }

            await Run(inquiry, cancellationToken, ("$id", "mail:" + conversation), ("$branch", branch), ("$received", received), ("$answered", answered), ("$resolved", resolved));
            if (resolved is { } done && i % 3 == 0)
            {
                await Run(invitation, cancellationToken, ("$id", "mailinv" + Key(i)), ("$subject", "mail:" + conversation), ("$branch", branch), ("$at", done), ("$status", Statuses[i % Statuses.Length]));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    private static string Key(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static async Task Run(SqliteCommand command, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
