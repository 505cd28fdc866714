using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Store.Sync;

/// <summary>
/// Applies one <see cref="MailSyncPage"/> inside the caller's transaction: records the messages' timings and staff
/// marks, then recomputes the inquiry of every conversation it touched (received = first incoming message; first
/// response = first message the mailbox sent in that conversation at or after it; resolved = the earliest completed
/// flag or resolution category on any of its messages; channel and branch = the newest message's categories, else
/// the mailbox's settings). A conversation marked «ليس استفساراً» is no inquiry: its row and survey contact go, and a
/// survey planned for it and not yet begun is cancelled.
/// </summary>
internal static class MailPageWriter
{
    /// <summary>Inquiries made from mail are keyed by conversation, so the list's item ids can never collide with them.</summary>
    public const string KeyPrefix = MailedInquiries.KeyPrefix;

    // A category carries no time in Graph: the first instant seen is kept while it stays on the message.
    private const string SaveSql = """
        INSERT INTO mail_messages (folder, message_id, conversation_id, at, flag_completed_at, resolved_category_at, channel, branch, not_inquiry)
        VALUES (@folder, @message, @conversation, @at, @flag, @category, @channel, @branch, @not_inquiry)
        ON CONFLICT (folder, message_id) DO UPDATE SET
            conversation_id = excluded.conversation_id, at = excluded.at, flag_completed_at = excluded.flag_completed_at,
            resolved_category_at = CASE WHEN excluded.resolved_category_at IS NULL THEN NULL
                                        ELSE coalesce(mail_messages.resolved_category_at, excluded.resolved_category_at) END,
            channel = excluded.channel, branch = excluded.branch, not_inquiry = excluded.not_inquiry;
        """;

    private const string ConversationSql = """
        SELECT r.received,
               (SELECT min(at) FROM mail_messages WHERE conversation_id = @conversation AND folder = 'sent' AND at >= r.received),
               (SELECT count(*) FROM inquiries WHERE id = @id),
               (SELECT min(x) FROM (SELECT flag_completed_at AS x FROM mail_messages WHERE conversation_id = @conversation
                                    UNION ALL SELECT resolved_category_at FROM mail_messages WHERE conversation_id = @conversation) AS marks),
               (SELECT channel FROM mail_messages WHERE conversation_id = @conversation AND channel IS NOT NULL ORDER BY at DESC, message_id LIMIT 1),
               (SELECT branch FROM mail_messages WHERE conversation_id = @conversation AND branch IS NOT NULL ORDER BY at DESC, message_id LIMIT 1),
               (SELECT max(not_inquiry) FROM mail_messages WHERE conversation_id = @conversation)
        FROM (SELECT min(at) AS received FROM mail_messages WHERE conversation_id = @conversation AND folder = 'inbox') AS r;
        """;

    // A survey already planned but not begun is cancelled; one whose sending began is left to the sender to settle.
    private const string ExcludeSql = """
        DELETE FROM inquiries WHERE id = @id;
        DELETE FROM survey_contacts WHERE subject_kind = 'Inquiry' AND subject_id = @id;
        UPDATE survey_outbox SET state = 'Cancelled', cancel_reason = 'NotInquiry'
        WHERE state = 'Pending' AND attempts = 0
          AND invitation_id IN (SELECT id FROM survey_invitations WHERE subject_kind = 'Inquiry' AND subject_id = @id);
        """;

    public static async Task<SyncCounts> ApplyAsync(
        DbConnection connection, DbTransaction transaction, MailSyncPage page, CancellationToken cancellationToken)
    {
        var (conversations, senders) = await SaveAsync(connection, transaction, page, cancellationToken);
        var inquiries = new List<Inquiry>();
        var (added, excluded) = (0, 0);
        using var timings = SyncRows.Command(connection, transaction, ConversationSql);
        var conversationParameter = timings.AddParameter("@conversation", DBNull.Value);
        var idParameter = timings.AddParameter("@id", DBNull.Value);
        using var exclude = SyncRows.Command(connection, transaction, ExcludeSql);
        var excludeParameter = exclude.AddParameter("@id", DBNull.Value);
        foreach (var conversation in conversations)
        {
            var id = KeyPrefix + conversation;
            conversationParameter.Value = conversation;
            idParameter.Value = id;
            using var reader = await timings.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
            {
                // Only sent mail so far: the mailbox wrote first, which is no inquiry.
                continue;
            }

            var existed = reader.GetInt64(2) > 0;
            if (reader.GetInt64(6) == 1)
            {
                excludeParameter.Value = id;
                await exclude.ExecuteNonQueryAsync(cancellationToken);
                senders.Remove(conversation);
                excluded += existed ? 1 : 0;
                continue;
            }

            added += existed ? 0 : 1;
            inquiries.Add(new Inquiry
            {
                Id = id,
                Channel = reader.IsDBNull(4) ? page.Channel : EnumNames<Channel>.Read(reader, 4, "mail_messages", conversation),
                Branch = !reader.IsDBNull(5) && ValueCatalogs.Current<Branch>().TryParse(reader.GetString(5), out var branch) ? branch : page.Branch,
                Received = Instants.Read(reader, 0),
                FirstResponse = Instants.ReadNullable(reader, 1),
                Resolved = Instants.ReadNullable(reader, 3),
            });
        }

        await InquiryRows.UpsertAsync(connection, transaction, inquiries, cancellationToken);
        await QuarantineRows.UpsertAsync(connection, transaction, page.Unreadable, cancellationToken);
        await ReleaseReadableAsync(connection, transaction, page, cancellationToken);
        await SurveyPlanRows.UpsertContactsAsync(
            connection,
            transaction,
            [.. inquiries.Where(i => senders.ContainsKey(i.Id[KeyPrefix.Length..])).Select(i => new SurveyContact(SurveySubjectKind.Inquiry, i.Id, senders[i.Id[KeyPrefix.Length..]]))],
            page.SeenAt,
            cancellationToken);
        return new SyncCounts(added, inquiries.Count - added, excluded, page.Unreadable.Count);
    }

    /// <summary>A message once quarantined that now reads cleanly is released (a cheap check first: usually none is held).</summary>
    private static async Task ReleaseReadableAsync(
        DbConnection connection, DbTransaction transaction, MailSyncPage page, CancellationToken cancellationToken)
    {
        using var any = SyncRows.Command(connection, transaction, "SELECT EXISTS (SELECT 1 FROM quarantined_records WHERE source = @source AND released_at IS NULL);");
        any.AddParameter("@source", page.Source);
        if (page.Messages.Count == 0 || DbCommands.AsInt64(await any.ExecuteScalarAsync(cancellationToken)) == 0)
        {
            return;
        }

        using var release = new PreparedBatch(connection, transaction, QuarantineRows.ReleaseSql, "@source", "@source_id", "@at");
        foreach (var message in page.Messages)
        {
            release[0] = page.Source;
            release[1] = message.MessageId;
            release[2] = Instants.ToDb(page.SeenAt);
            await release.RunAsync(cancellationToken);
        }

        await release.FlushAsync(cancellationToken);
    }

    private static async Task<(HashSet<string> Conversations, Dictionary<string, string> Senders)> SaveAsync(
        DbConnection connection, DbTransaction transaction, MailSyncPage page, CancellationToken cancellationToken)
    {
        var folder = page.Role == MailFolderRole.Incoming ? "inbox" : "sent";
        var conversations = new HashSet<string>(StringComparer.Ordinal);
        var senders = new Dictionary<string, string>(StringComparer.Ordinal);
        using var save = new PreparedBatch(
            connection, transaction, SaveSql,
            "@folder", "@message", "@conversation", "@at", "@flag", "@category", "@channel", "@branch", "@not_inquiry");
        foreach (var message in page.Messages)
        {
            var marks = message.Marks ?? MailMarks.None;
            save[0] = folder;
            save[1] = message.MessageId;
            save[2] = message.ConversationId;
            save[3] = Instants.ToDb(message.At);
            save[4] = Instants.ToDb(marks.FlagCompletedAt);
            save[5] = Instants.ToDb(marks.ResolutionCategoryAt);
            save[6] = marks.Channel is { } channel ? EnumNames<Channel>.ToDb(channel, "mail message", message.MessageId) : DBNull.Value;
            save[7] = marks.Branch is { } branch ? ConfiguredNames<Branch>.ToDb(branch, "mail message", message.MessageId) : DBNull.Value;
            save[8] = marks.NotInquiry ? 1 : 0;
            await save.RunAsync(cancellationToken);
            conversations.Add(message.ConversationId);
            if (message.From is { } from)
            {
                // The earliest sender in the page opened the conversation; a later reply may come from someone else.
                senders.TryAdd(message.ConversationId, from);
            }
        }

        await save.FlushAsync(cancellationToken);

        return (conversations, senders);
    }
}
