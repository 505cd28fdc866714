namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// Every schema step, oldest first, translated from the SQLite steps of the same version. A step is never edited once
/// released; a change is a new step, written for both providers.
/// </summary>
/// <remarks>
/// The translation keeps every table, column, index and constraint name and every value encoding, so that both stores
/// give the same reports byte for byte: SQLite's INTEGER is 64-bit, so it becomes BIGINT (instants: unix milliseconds
/// in UTC), except the 0/1 flags, which stay INTEGER with the same CHECK; enums stay TEXT holding the member's name;
/// every TEXT column is <c>COLLATE "C"</c> so that comparison and ordering are by code point, as in SQLite, whatever the
/// database's locale. Generated columns are STORED, as SQLite's. STRICT and WITHOUT ROWID have no PostgreSQL meaning.
/// </remarks>
public static partial class PostgreSqlMigrations
{
    public static IReadOnlyList<PostgreSqlMigration> All { get; } =
    [
        new(1, "cases, inquiries, survey invitations and responses, quarantined records", Step1),
        new(2, "sync state: resume links per source, list items seen, mailbox timings", Step2),
        new(3, "surveys: contacts, outbox, tokens, opt-outs, bounces, replies seen", Step3),
        new(4, "operations: report deliveries and scheduled job runs", Step4),
        new(5, "operations: a delivery is intended before its mail; service starts", Step5),
        new(6, "operations: board reports reviewed before delivery", Step6),
        new(7, "quarantine history: since when a record is held back, and when it was released", Step7),
        new(8, "data coverage: when each synced source was first read", Step8),
        new(9, "mailbox marks: flag completion and staff categories per message", Step9),
        new(10, "cluster: the node that ran each job", Step10),
        new(11, "survey page: shared form key, failed-guess counts", PageTables),
        new(12, "quarantine problems: a kind and a column, for reports in Arabic", Step12),
    ];

    /// <summary>The ledger of applied steps, as SQLite's (applied_at is ISO text: people read it, queries do not).</summary>
    internal const string CreateLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT NOT NULL PRIMARY KEY,
            description TEXT COLLATE "C" NOT NULL,
            applied_at TEXT COLLATE "C" NOT NULL
        )
        """;

    // Steps are properties, not fields: All is built from them, and field initialisers in the two files of this
    // partial class run in no defined order.
    // The comments on what each table means are in the SQLite steps (Tarmeem.Core's SchemaMigrations); only what is
    // particular to PostgreSQL is said here.
    private static string[] Step1 =>
    [
        """
        CREATE TABLE cases (
            case_number TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            channel TEXT COLLATE "C" NOT NULL,
            raw_channel TEXT COLLATE "C",
            branch TEXT COLLATE "C" NOT NULL,
            service_type TEXT COLLATE "C" NOT NULL,
            received_at BIGINT,
            data_verified_at BIGINT,
            referred_to_researcher_at BIGINT,
            attested_at BIGINT,
            submitted_to_committee_at BIGINT,
            decision_at BIGINT,
            decision TEXT COLLATE "C" NOT NULL,
            registration_completed_at BIGINT,
            service_delivered_at BIGINT,
            incomplete_application INTEGER NOT NULL CHECK (incomplete_application IN (0, 1)),
            closed_at BIGINT GENERATED ALWAYS AS (
                CASE
                    WHEN decision = 'Rejected' AND decision_at IS NOT NULL
                         AND (service_delivered_at IS NULL OR decision_at < service_delivered_at)
                    THEN decision_at
                    ELSE service_delivered_at
                END) STORED
        )
        """,
        "CREATE INDEX ix_cases_received_at ON cases (received_at)",
        "CREATE INDEX ix_cases_closed_at_received_at ON cases (closed_at, received_at)",
        """
        CREATE TABLE inquiries (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            channel TEXT COLLATE "C" NOT NULL,
            raw_channel TEXT COLLATE "C",
            branch TEXT COLLATE "C" NOT NULL,
            category TEXT COLLATE "C" NOT NULL,
            received_at BIGINT,
            first_response_at BIGINT,
            resolved_at BIGINT
        )
        """,
        "CREATE INDEX ix_inquiries_received_at ON inquiries (received_at)",
        "CREATE INDEX ix_inquiries_resolved_at_received_at ON inquiries (resolved_at, received_at)",
        """
        CREATE TABLE survey_invitations (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            subject_kind TEXT COLLATE "C" NOT NULL,
            subject_id TEXT COLLATE "C" NOT NULL,
            channel TEXT COLLATE "C" NOT NULL,
            branch TEXT COLLATE "C" NOT NULL,
            created_at BIGINT NOT NULL,
            sent_at BIGINT,
            reminder_sent_at BIGINT,
            expires_at BIGINT NOT NULL,
            status TEXT COLLATE "C" NOT NULL
        )
        """,
        "CREATE INDEX ix_survey_invitations_created_at ON survey_invitations (created_at)",
        """
        CREATE TABLE survey_responses (
            invitation_id TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES survey_invitations (id),
            answered_at BIGINT NOT NULL,
            overall BIGINT NOT NULL,
            ease_of_procedures BIGINT,
            courtesy BIGINT,
            clarity_of_information BIGINT,
            speed BIGINT,
            comment TEXT COLLATE "C",
            source TEXT COLLATE "C" NOT NULL
        )
        """,
        "CREATE INDEX ix_survey_responses_answered_at ON survey_responses (answered_at)",
        """
        CREATE TABLE quarantined_records (
            source TEXT COLLATE "C" NOT NULL,
            source_id TEXT COLLATE "C" NOT NULL,
            reason TEXT COLLATE "C" NOT NULL,
            seen_at BIGINT NOT NULL,
            PRIMARY KEY (source, source_id)
        )
        """,
        "CREATE INDEX ix_quarantined_records_seen_at ON quarantined_records (seen_at)",
    ];

    private static string[] Step2 =>
    [
        """
        CREATE TABLE sync_sources (
            source TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            link TEXT COLLATE "C",
            round BIGINT NOT NULL,
            full_round INTEGER NOT NULL CHECK (full_round IN (0, 1)),
            updated_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE sync_items (
            source TEXT COLLATE "C" NOT NULL,
            item_id TEXT COLLATE "C" NOT NULL,
            record_key TEXT COLLATE "C",
            round BIGINT NOT NULL,
            PRIMARY KEY (source, item_id)
        )
        """,
        "CREATE INDEX ix_sync_items_source_round ON sync_items (source, round)",
        "CREATE INDEX ix_sync_items_source_record_key ON sync_items (source, record_key)",
        """
        CREATE TABLE mail_messages (
            folder TEXT COLLATE "C" NOT NULL,
            message_id TEXT COLLATE "C" NOT NULL,
            conversation_id TEXT COLLATE "C" NOT NULL,
            at BIGINT NOT NULL,
            PRIMARY KEY (folder, message_id)
        )
        """,
        "CREATE INDEX ix_mail_messages_conversation ON mail_messages (conversation_id, folder, at)",
    ];

    private static string[] Step3 =>
    [
        """
        CREATE TABLE survey_contacts (
            subject_kind TEXT COLLATE "C" NOT NULL,
            subject_id TEXT COLLATE "C" NOT NULL,
            email_address TEXT COLLATE "C",
            contact_key TEXT COLLATE "C",
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (subject_kind, subject_id)
        )
        """,
        "CREATE INDEX ix_survey_contacts_updated_at ON survey_contacts (updated_at)",
        "CREATE INDEX ix_survey_invitations_subject ON survey_invitations (subject_kind, subject_id)",
        """
        CREATE TABLE survey_outbox (
            message_key TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            invitation_id TEXT COLLATE "C" NOT NULL REFERENCES survey_invitations (id),
            kind TEXT COLLATE "C" NOT NULL,
            contact_key TEXT COLLATE "C" NOT NULL,
            state TEXT COLLATE "C" NOT NULL,
            draft_id TEXT COLLATE "C",
            conversation_id TEXT COLLATE "C",
            internet_message_id TEXT COLLATE "C",
            attempts BIGINT NOT NULL,
            due_at BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            sent_at BIGINT,
            cancel_reason TEXT COLLATE "C"
        )
        """,
        "CREATE INDEX ix_survey_outbox_state_due_at ON survey_outbox (state, due_at)",
        "CREATE INDEX ix_survey_outbox_contact_key ON survey_outbox (contact_key, created_at)",
        "CREATE INDEX ix_survey_outbox_invitation ON survey_outbox (invitation_id)",
        "CREATE INDEX ix_survey_outbox_conversation ON survey_outbox (conversation_id)",
        "CREATE INDEX ix_survey_outbox_sent_at ON survey_outbox (sent_at)",
        """
        CREATE TABLE survey_tokens (
            token_hash TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            invitation_id TEXT COLLATE "C" NOT NULL REFERENCES survey_invitations (id),
            created_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE survey_opt_outs (
            contact_key TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            opted_out_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE survey_bounces (
            contact_key TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            bounces BIGINT NOT NULL,
            last_bounce_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE survey_replies (
            message_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            invitation_id TEXT COLLATE "C",
            outcome TEXT COLLATE "C" NOT NULL,
            seen_at BIGINT NOT NULL
        )
        """,
    ];
}
