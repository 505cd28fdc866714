namespace Tarmeem.Store.Sqlite;

/// <summary>
/// Schema step 11, the survey page on several nodes: the page's form key, only ever sealed under
/// <c>Tarmeem:Surveys:PageKeyProtection</c>, and the failed-guess counts, a client only as a keyed hash (an address is
/// personal data), one row per client with the start of its current one-minute window. The PostgreSQL twin is
/// <c>PostgreSqlMigrations.PageTables</c>.
/// </summary>
public static class PageTablesStep
{
    public const string Description = "survey page: shared form key, failed-guess counts";

    /// <summary>The step's statements, in order (tests create the two tables alone with them).</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE page_keys (
            purpose TEXT NOT NULL PRIMARY KEY,
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

    internal static Migration Migration { get; } = new(11, Description, string.Join(";\n", Statements) + ";");
}
