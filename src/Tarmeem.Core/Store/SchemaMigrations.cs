namespace Tarmeem.Core.Store;

/// <summary>
/// Every schema step, oldest first: the one place to add to. A step is never edited once released;
/// a change is a new step with the next version.
/// </summary>
/// <remarks>
/// Conventions: instants are INTEGER unix milliseconds in UTC (columns ending <c>_at</c>); enums are TEXT holding
/// the member's name, which survives reordering of the C# enum. The schema holds only what metrics and
/// surveys need: no names, phones, e-mail addresses or national IDs, ever.
/// </remarks>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "cases, inquiries, survey invitations and responses, quarantined records", """
            CREATE TABLE cases (
                case_number TEXT NOT NULL PRIMARY KEY,
                channel TEXT NOT NULL,
                raw_channel TEXT,
                branch TEXT NOT NULL,
                service_type TEXT NOT NULL,
                received_at INTEGER,
                data_verified_at INTEGER,
                referred_to_researcher_at INTEGER,
                attested_at INTEGER,
                submitted_to_committee_at INTEGER,
                decision_at INTEGER,
                decision TEXT NOT NULL,
                registration_completed_at INTEGER,
                service_delivered_at INTEGER,
                incomplete_application INTEGER NOT NULL CHECK (incomplete_application IN (0, 1)),
                -- SupportCase.IsClosed as an instant: the earlier of a rejection and delivery. A rejection with no
                -- decision time has no known closing instant and stays NULL, so window reads count it as open.
                closed_at INTEGER GENERATED ALWAYS AS (
                    CASE
                        WHEN decision = 'Rejected' AND decision_at IS NOT NULL
                             AND (service_delivered_at IS NULL OR decision_at < service_delivered_at)
                        THEN decision_at
                        ELSE service_delivered_at
                    END) STORED
            ) STRICT, WITHOUT ROWID;
            -- Window reads: received in the window; and, by closing time, those received earlier and closed
            -- at or after the start or not at all (received_at in the index filters without touching the row).
            CREATE INDEX ix_cases_received_at ON cases (received_at);
            CREATE INDEX ix_cases_closed_at_received_at ON cases (closed_at, received_at);

            CREATE TABLE inquiries (
                id TEXT NOT NULL PRIMARY KEY,
                channel TEXT NOT NULL,
                raw_channel TEXT,
                branch TEXT NOT NULL,
                category TEXT NOT NULL,
                received_at INTEGER,
                first_response_at INTEGER,
                resolved_at INTEGER
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_inquiries_received_at ON inquiries (received_at);
            CREATE INDEX ix_inquiries_resolved_at_received_at ON inquiries (resolved_at, received_at);

            CREATE TABLE survey_invitations (
                id TEXT NOT NULL PRIMARY KEY,
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                branch TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                sent_at INTEGER,
                reminder_sent_at INTEGER,
                expires_at INTEGER NOT NULL,
                status TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_survey_invitations_created_at ON survey_invitations (created_at);

            -- One answer per invitation: a later answer (an e-mail reply after the page, say) replaces it.
            CREATE TABLE survey_responses (
                invitation_id TEXT NOT NULL PRIMARY KEY REFERENCES survey_invitations (id),
                answered_at INTEGER NOT NULL,
                overall INTEGER NOT NULL,
                ease_of_procedures INTEGER,
                courtesy INTEGER,
                clarity_of_information INTEGER,
                speed INTEGER,
                comment TEXT,
                source TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_survey_responses_answered_at ON survey_responses (answered_at);

            -- Keyed by the source record: one that fails on every sync is one finding, last seen at seen_at.
            CREATE TABLE quarantined_records (
                source TEXT NOT NULL,
                source_id TEXT NOT NULL,
                reason TEXT NOT NULL,
                seen_at INTEGER NOT NULL,
                PRIMARY KEY (source, source_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_quarantined_records_seen_at ON quarantined_records (seen_at);
            """),
        new(2, "sync state: resume links per source, list items seen, mailbox timings", """
            -- Where each synced source (a list, a mailbox folder) resumes: a next link inside a round, or the delta link
            -- after it. Written in the same transaction as the changes it covers, so it is never ahead of the data.
            -- round counts the source's rounds; full_round marks one that pages through everything, after which items
            -- not seen in it are removed (a full resync after an expired token converges to the server's state).
            CREATE TABLE sync_sources (
                source TEXT NOT NULL PRIMARY KEY,
                link TEXT,
                round INTEGER NOT NULL,
                full_round INTEGER NOT NULL CHECK (full_round IN (0, 1)),
                updated_at INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;

            -- Which record each source item became, so that a delete (which carries only the item id) finds it.
            -- record_key is NULL while the item is quarantined.
            CREATE TABLE sync_items (
                source TEXT NOT NULL,
                item_id TEXT NOT NULL,
                record_key TEXT,
                round INTEGER NOT NULL,
                PRIMARY KEY (source, item_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_sync_items_source_round ON sync_items (source, round);
            CREATE INDEX ix_sync_items_source_record_key ON sync_items (source, record_key);

            -- The shared mailbox reduced to timings: which conversation a message belongs to and when it arrived
            -- (inbox) or was sent (sent items). No sender, subject or body.
            CREATE TABLE mail_messages (
                folder TEXT NOT NULL,
                message_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                PRIMARY KEY (folder, message_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_mail_messages_conversation ON mail_messages (conversation_id, folder, at);
            """),
    ];
}
