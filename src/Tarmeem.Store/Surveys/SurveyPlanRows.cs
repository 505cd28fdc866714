using System.Data.Common;
using Tarmeem.Core.Domain;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Surveys;

/// <summary>Contacts, the history the rules read, and storing decisions.</summary>
internal static class SurveyPlanRows
{
    public static async Task UpsertContactsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<SurveyContact> contacts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var batch = new PreparedBatch(
            connection, transaction, """
                INSERT INTO survey_contacts (subject_kind, subject_id, email_address, contact_key, updated_at)
                VALUES (@kind, @id, @address, @key, @at)
                ON CONFLICT (subject_kind, subject_id) DO UPDATE SET
                    email_address = excluded.email_address, contact_key = excluded.contact_key, updated_at = excluded.updated_at;
                """,
            "@kind", "@id", "@address", "@key", "@at");
        var position = 0;
        foreach (var contact in contacts)
        {
            var key = RecordKeys.Require(contact.SubjectId, "Survey contact", "subject id", position++);
            var address = string.IsNullOrWhiteSpace(contact.EmailAddress) ? null : contact.EmailAddress.Trim();
            batch[0] = EnumNames<SurveySubjectKind>.ToDb(contact.SubjectKind, "Survey contact", key);
            batch[1] = key;
            batch[2] = (object?)address ?? DBNull.Value;
            batch[3] = address is null ? DBNull.Value : ContactKeys.For(address);
            batch[4] = Instants.ToDb(at);
            await batch.RunAsync(cancellationToken);
        }

        await batch.FlushAsync(cancellationToken);
    }

    public static async Task<IReadOnlyDictionary<string, SurveyContact>> ReadContactsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using var command = SurveySql.Command(connection, null, "SELECT subject_kind, subject_id, email_address FROM survey_contacts;");
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var contacts = new Dictionary<string, SurveyContact>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(1);
            var kind = EnumNames<SurveySubjectKind>.Read(reader, 0, "survey_contacts", id);
            contacts[SurveyHistory.SubjectKey(kind, id)] = new SurveyContact(kind, id, reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        return contacts;
    }

    public static async Task<SurveyHistory> ReadHistoryAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        using (var command = SurveySql.Command(connection, transaction, "SELECT subject_kind, subject_id FROM survey_invitations;"))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                subjects.Add(reader.GetString(0) + "/" + reader.GetString(1));
            }
        }

        var lastInvited = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        using (var command = SurveySql.Command(
            connection, transaction, "SELECT contact_key, max(created_at) FROM survey_outbox WHERE kind = 'Initial' AND state <> 'Cancelled' GROUP BY contact_key;"))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lastInvited[reader.GetString(0)] = Instants.Read(reader, 1);
            }
        }

        var optedOut = new HashSet<string>(StringComparer.Ordinal);
        using (var command = SurveySql.Command(connection, transaction, "SELECT contact_key FROM survey_opt_outs;"))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                optedOut.Add(reader.GetString(0));
            }
        }

        var bounces = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = SurveySql.Command(connection, transaction, "SELECT contact_key, bounces FROM survey_bounces;"))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                bounces[reader.GetString(0)] = reader.GetCount(1);
            }
        }

        return new SurveyHistory(subjects, lastInvited, optedOut, bounces);
    }

    public static async Task<int> CommitPlanAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<PlannedMessage> planned, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var message in planned)
        {
            if (message.Invitation is { } invitation)
            {
                var exists = await SurveySql.ScalarAsync(
                    connection, transaction, "SELECT count(*) FROM survey_invitations WHERE subject_kind = @kind AND subject_id = @id;", cancellationToken,
                    ("@kind", invitation.SubjectKind.ToString()), ("@id", invitation.SubjectId));
                if (exists > 0)
                {
                    continue;
                }

                await InvitationRows.UpsertAsync(connection, transaction, [invitation], cancellationToken);
            }

            added += await SurveySql.ExecuteAsync(
                connection, transaction, """
                    INSERT INTO survey_outbox (message_key, invitation_id, kind, contact_key, state, attempts, due_at, created_at)
                    SELECT @key, @invitation, @kind, @contact, 'Pending', 0, @due, @at
                    WHERE EXISTS (SELECT 1 FROM survey_invitations WHERE id = @invitation)
                    ON CONFLICT (message_key) DO NOTHING;
                    """,
                cancellationToken,
                ("@key", message.MessageKey), ("@invitation", message.InvitationId), ("@kind", message.Kind.ToString()),
                ("@contact", message.ContactKey), ("@due", Instants.ToDb(message.DueAt)), ("@at", Instants.ToDb(at)));
        }

        return added;
    }

    public static async Task<IReadOnlyList<ReminderCandidate>> ReadReminderCandidatesAsync(
        DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var command = SurveySql.Command(
            connection, null, """
                SELECT i.id, o.contact_key, i.sent_at, i.expires_at
                FROM survey_invitations AS i
                JOIN survey_outbox AS o ON o.invitation_id = i.id AND o.kind = 'Initial' AND o.state = 'Sent'
                WHERE i.status = 'Sent' AND i.sent_at IS NOT NULL AND i.reminder_sent_at IS NULL AND i.expires_at > @now
                  AND NOT EXISTS (SELECT 1 FROM survey_responses AS r WHERE r.invitation_id = i.id)
                  AND NOT EXISTS (SELECT 1 FROM survey_outbox AS o2 WHERE o2.invitation_id = i.id AND o2.kind = 'Reminder')
                ORDER BY i.sent_at, i.id;
                """,
            ("@now", Instants.ToDb(now)));
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var candidates = new List<ReminderCandidate>();
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new ReminderCandidate(reader.GetString(0), reader.GetString(1), Instants.Read(reader, 2), Instants.Read(reader, 3)));
        }

        return candidates;
    }
}
