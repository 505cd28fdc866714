using Microsoft.Data.Sqlite;
using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Store;

/// <summary>
/// Applies one <see cref="MailSyncPage"/> inside the caller's transaction: records the messages' timings, then
/// recomputes the inquiry of every conversation it touched (received = first incoming message; first response =
/// first message the mailbox sent in that conversation at or after it).
/// </summary>
internal static class MailPageWriter
{
    /// <summary>Inquiries made from mail are keyed by conversation, so the list's item ids can never collide with them.</summary>
    public const string KeyPrefix = MailedInquiries.KeyPrefix;

    public static async Task<SyncCounts> ApplyAsync(
        SqliteConnection connection, SqliteTransaction transaction, MailSyncPage page, CancellationToken cancellationToken)
    {
        var folder = page.Role == MailFolderRole.Incoming ? "inbox" : "sent";
        var conversations = new HashSet<string>(StringComparer.Ordinal);
        var senders = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var save = new PreparedBatch(connection, transaction, """
            INSERT INTO mail_messages (folder, message_id, conversation_id, at) VALUES ($folder, $message, $conversation, $at)
            ON CONFLICT (folder, message_id) DO UPDATE SET conversation_id = excluded.conversation_id, at = excluded.at;
            """, "$folder", "$message", "$conversation", "$at"))
        {
            foreach (var message in page.Messages)
            {
                save[0] = folder;
                save[1] = message.MessageId;
                save[2] = message.ConversationId;
                save[3] = Instants.ToDb(message.At);
                await save.RunAsync(cancellationToken);
                conversations.Add(message.ConversationId);
                if (message.From is { } from)
                {
                    // The earliest sender in the page opened the conversation; a later reply may come from someone else.
                    senders.TryAdd(message.ConversationId, from);
                }
            }
        }

        var inquiries = new List<Inquiry>();
        var added = 0;
        using var timings = SyncRows.Command(connection, transaction, """
            SELECT r.received, (SELECT min(at) FROM mail_messages WHERE conversation_id = $conversation AND folder = 'sent' AND at >= r.received),
                   (SELECT count(*) FROM inquiries WHERE id = $id)
            FROM (SELECT min(at) AS received FROM mail_messages WHERE conversation_id = $conversation AND folder = 'inbox') AS r;
            """);
        var conversationParameter = timings.Parameters.Add(new SqliteParameter("$conversation", DBNull.Value));
        var idParameter = timings.Parameters.Add(new SqliteParameter("$id", DBNull.Value));
        foreach (var conversation in conversations)
        {
            conversationParameter.Value = conversation;
            idParameter.Value = KeyPrefix + conversation;
            using var reader = await timings.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
            {
                // Only sent mail so far: the mailbox wrote first, which is no inquiry.
                continue;
            }

            if (reader.GetInt64(2) == 0)
            {
                added++;
            }

            inquiries.Add(new Inquiry
            {
                Id = KeyPrefix + conversation,
                Channel = page.Channel,
                Branch = page.Branch,
                Received = Instants.Read(reader, 0),
                FirstResponse = Instants.ReadNullable(reader, 1),
            });
        }

        await InquiryRows.UpsertAsync(connection, transaction, inquiries, cancellationToken);
        await SurveyPlanRows.UpsertContactsAsync(
            connection,
            transaction,
            [.. inquiries.Where(i => senders.ContainsKey(i.Id[KeyPrefix.Length..])).Select(i => new SurveyContact(SurveySubjectKind.Inquiry, i.Id, senders[i.Id[KeyPrefix.Length..]]))],
            page.SeenAt,
            cancellationToken);
        return new SyncCounts(added, inquiries.Count - added, 0, 0);
    }
}
