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
    ];
}
