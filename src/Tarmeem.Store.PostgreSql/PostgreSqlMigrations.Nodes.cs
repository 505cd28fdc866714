namespace Tarmeem.Store.PostgreSql;

/// <summary>Steps 10 and 11: running on several nodes (SQLite's <c>JobRunNodeStep</c> and <c>PageTablesStep</c>).</summary>
public static partial class PostgreSqlMigrations
{
    /// <summary>Step 11's statements, in order (tests create the two page tables alone with them).</summary>
    public static IReadOnlyList<string> PageTables =>
    [
        """
        CREATE TABLE page_keys (
            purpose TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            protected_key TEXT COLLATE "C" NOT NULL,
            created_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE failed_guesses (
            client_key TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            window_start BIGINT NOT NULL,
            misses BIGINT NOT NULL
        )
        """,
        "CREATE INDEX ix_failed_guesses_window_start ON failed_guesses (window_start)",
    ];

    private static string[] Step10 =>
    [
        "ALTER TABLE job_runs ADD COLUMN node TEXT COLLATE \"C\"",
    ];
}
