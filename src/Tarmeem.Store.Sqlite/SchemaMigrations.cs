namespace Tarmeem.Store.Sqlite;

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
        new(3, "surveys: contacts, outbox, tokens, opt-outs, bounces, replies seen", """
            -- The ONE table with personal data: where a subject's survey goes. Retention purges its rows; what the
            -- rules need after that (per-person cap, opt-out, bounces) is kept under contact_key, a SHA-256 of the
            -- normalised address, never the address itself.
            CREATE TABLE survey_contacts (
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                email_address TEXT,
                contact_key TEXT,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (subject_kind, subject_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_survey_contacts_updated_at ON survey_contacts (updated_at);

            CREATE INDEX ix_survey_invitations_subject ON survey_invitations (subject_kind, subject_id);

            -- One row per message to send (the invitation, its reminder), written with the decision and before any
            -- Graph call. state: Pending → Drafted → Sent, or Cancelled; attempts counts calls begun, so a row with
            -- attempts > 0 is looked up in the mailbox before it is sent again.
            CREATE TABLE survey_outbox (
                message_key TEXT NOT NULL PRIMARY KEY,
                invitation_id TEXT NOT NULL REFERENCES survey_invitations (id),
                kind TEXT NOT NULL,
                contact_key TEXT NOT NULL,
                state TEXT NOT NULL,
                draft_id TEXT,
                conversation_id TEXT,
                internet_message_id TEXT,
                attempts INTEGER NOT NULL,
                due_at INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                sent_at INTEGER,
                cancel_reason TEXT
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_survey_outbox_state_due_at ON survey_outbox (state, due_at);
            CREATE INDEX ix_survey_outbox_contact_key ON survey_outbox (contact_key, created_at);
            CREATE INDEX ix_survey_outbox_invitation ON survey_outbox (invitation_id);
            CREATE INDEX ix_survey_outbox_conversation ON survey_outbox (conversation_id);
            CREATE INDEX ix_survey_outbox_sent_at ON survey_outbox (sent_at);

            -- Only a hash of each link token: a copy of the database opens no survey.
            CREATE TABLE survey_tokens (
                token_hash TEXT NOT NULL PRIMARY KEY,
                invitation_id TEXT NOT NULL REFERENCES survey_invitations (id),
                created_at INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE survey_opt_outs (
                contact_key TEXT NOT NULL PRIMARY KEY,
                opted_out_at INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE survey_bounces (
                contact_key TEXT NOT NULL PRIMARY KEY,
                bounces INTEGER NOT NULL,
                last_bounce_at INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;

            -- Inbox messages already judged (answer, auto-reply, bounce, unmatched), so a re-read counts nothing twice.
            CREATE TABLE survey_replies (
                message_id TEXT NOT NULL PRIMARY KEY,
                invitation_id TEXT,
                outcome TEXT NOT NULL,
                seen_at INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;
            """),
        new(4, "operations: report deliveries and scheduled job runs", """
            -- One row per delivered report (kind, period): a second delivery is refused unless forced, which also makes
            -- a scheduler catching up after an outage deliver a period once. deliveries counts forced re-deliveries.
            CREATE TABLE report_deliveries (
                kind TEXT NOT NULL,
                period TEXT NOT NULL,
                delivered_at INTEGER NOT NULL,
                deliveries INTEGER NOT NULL,
                recipients INTEGER NOT NULL,
                files TEXT NOT NULL,
                library_folder TEXT,
                PRIMARY KEY (kind, period)
            ) STRICT, WITHOUT ROWID;

            -- What the scheduler did, for `tarmeem status`: one row per run, outcome Running until it finishes.
            -- message holds an error's text (never personal data); the retention job prunes old rows.
            CREATE TABLE job_runs (
                id INTEGER PRIMARY KEY,
                job TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                finished_at INTEGER,
                outcome TEXT NOT NULL,
                message TEXT
            ) STRICT;
            CREATE INDEX ix_job_runs_job_started_at ON job_runs (job, started_at);
            """),
        new(5, "operations: a delivery is intended before its mail; service starts", """
            -- A delivery is written as Intended (with the tag its e-mail carries and the files it sends) before any
            -- Graph call, and becomes Delivered once the mail is known to have gone out: a run after a crash or an
            -- ambiguous failure looks the tag up in the mailbox instead of sending again. mail_tag changes only when a
            -- forced re-delivery starts; attempts counts sends begun under it. delivered_at is the last completed
            -- delivery (NULL while the first is unfinished); deliveries counts completed ones.
            CREATE TABLE report_deliveries_v5 (
                kind TEXT NOT NULL,
                period TEXT NOT NULL,
                state TEXT NOT NULL,
                mail_tag TEXT NOT NULL,
                intended_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL,
                delivered_at INTEGER,
                deliveries INTEGER NOT NULL,
                recipients INTEGER NOT NULL,
                files TEXT NOT NULL,
                source_files TEXT NOT NULL,
                library_folder TEXT,
                PRIMARY KEY (kind, period)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO report_deliveries_v5
                SELECT kind, period, 'Delivered', 'report:' || kind || ':' || period || ':' || deliveries, delivered_at, 1,
                       delivered_at, deliveries, recipients, files, '', library_folder
                FROM report_deliveries;
            DROP TABLE report_deliveries;
            ALTER TABLE report_deliveries_v5 RENAME TO report_deliveries;
            CREATE INDEX ix_report_deliveries_state ON report_deliveries (state);

            -- Each start of `tarmeem serve`: the first tells `status` since when the schedule could have delivered.
            CREATE TABLE service_starts (
                id INTEGER PRIMARY KEY,
                started_at INTEGER NOT NULL
            ) STRICT;
            """),
        new(6, "operations: board reports reviewed before delivery", """
            -- One review per (kind, period): the draft filed in the library's review folder, the reviewers' mail, a
            -- one-time approval link (only its SHA-256 is kept) and where it stands: Pending → Approved → Delivered,
            -- or Refused (the check found something to fix; the reviewer edits and approves again).
            -- source_files are the local files written for the period; refusal is the last check's findings.
            CREATE TABLE report_reviews (
                kind TEXT NOT NULL,
                period TEXT NOT NULL,
                state TEXT NOT NULL,
                draft_item_id TEXT NOT NULL,
                draft_path TEXT NOT NULL,
                draft_url TEXT,
                token_hash TEXT NOT NULL UNIQUE,
                source_files TEXT NOT NULL,
                submitted_at INTEGER NOT NULL,
                mailed_at INTEGER,
                reminded_at INTEGER,
                approved_at INTEGER,
                delivered_at INTEGER,
                refusal TEXT,
                PRIMARY KEY (kind, period)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ix_report_reviews_state ON report_reviews (state);
            """),
        new(7, "quarantine history: since when a record is held back, and when it was released", """
            -- A quarantined record stays in every report whose period ends while it is held back, however long ago
            -- sync last saw it: since_at starts the current spell, released_at ends it (the row is kept, so a report
            -- for an earlier period still counts it). A record quarantined again starts a new spell.
            ALTER TABLE quarantined_records ADD COLUMN since_at INTEGER NOT NULL DEFAULT 0;
            UPDATE quarantined_records SET since_at = seen_at;
            ALTER TABLE quarantined_records ADD COLUMN released_at INTEGER;
            CREATE INDEX ix_quarantined_records_since_at ON quarantined_records (since_at);
            """),
        new(8, "data coverage: when each synced source was first read", """
            -- A report compares only with periods its data wholly covers. A source covers from its first record, or from
            -- the first time sync read it when that is earlier (a list that was empty then still covered those days).
            CREATE TABLE sync_coverage (
                source TEXT NOT NULL PRIMARY KEY,
                kind TEXT NOT NULL,
                started_at INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;
            """),
        new(9, "mailbox marks: flag completion and staff categories per message", """
            -- What staff say about a message in Outlook, reduced to what metrics need: when it was flagged complete,
            -- since when it carries the resolution category, the channel and branch its categories name (member names),
            -- and whether it is marked «ليس استفساراً». A conversation reads them across all its messages.
            ALTER TABLE mail_messages ADD COLUMN flag_completed_at INTEGER;
            ALTER TABLE mail_messages ADD COLUMN resolved_category_at INTEGER;
            ALTER TABLE mail_messages ADD COLUMN channel TEXT;
            ALTER TABLE mail_messages ADD COLUMN branch TEXT;
            ALTER TABLE mail_messages ADD COLUMN not_inquiry INTEGER NOT NULL DEFAULT 0 CHECK (not_inquiry IN (0, 1));
            """),
        JobRunNodeStep.Migration,
        PageTablesStep.Migration,
        QuarantineProblemStep.Migration,
    ];
}
