namespace Tarmeem.Store.PostgreSql;

/// <summary>Step 12: the kind of problem that held a record back and its column (SQLite's <c>QuarantineProblemStep</c>).</summary>
public static partial class PostgreSqlMigrations
{
    private static string[] Step12 =>
    [
        "ALTER TABLE quarantined_records ADD COLUMN problem TEXT COLLATE \"C\" NOT NULL DEFAULT 'Unclassified'",
        "ALTER TABLE quarantined_records ADD COLUMN field TEXT COLLATE \"C\"",
    ];
}
