namespace Tarmeem.Surveys.Page.Nodes;

/// <summary>
/// Schema step 11, "survey page: shared form key, failed-guess counts", for each provider: the statements to add as
/// step 11 to the SQLite and the PostgreSQL migration lists (run in order, in the step's transaction). Same columns
/// and encodings on both: instants BIGINT unix milliseconds, keys TEXT.
/// </summary>
/// <remarks>
/// <c>page_keys</c> holds a key only sealed by <see cref="PageKeyProtection"/>; <c>failed_guesses</c> holds a client
/// only as a keyed hash (an address is personal data), one row per client with the start of its current one-minute
/// window, purged when the window has ended.
/// </remarks>
public static class PageTablesSql
{
    public static IReadOnlyList<string> Sqlite { get; } =
    [
        """
        CREATE TABLE page_keys (
            name TEXT NOT NULL PRIMARY KEY,
            protected_key TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID
        """,
        """
        CREATE TABLE failed_guesses (
            client_key TEXT NOT NULL PRIMARY KEY,
            window_start INTEGER NOT NULL,
            misses INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID
        """,
        "CREATE INDEX ix_failed_guesses_window_start ON failed_guesses (window_start)",
    ];

    public static IReadOnlyList<string> PostgreSql { get; } =
    [
        """
        CREATE TABLE page_keys (
            name TEXT COLLATE "C" NOT NULL PRIMARY KEY,
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
}
