namespace Tarmeem.Store.Sqlite;

/// <summary>
/// Schema step 12: the kind of problem that held a record back and the column at fault, so reports say it in Arabic
/// instead of quoting the operator's English sentence. The PostgreSQL twin is <c>PostgreSqlMigrations.Step12</c>.
/// </summary>
internal static class QuarantineProblemStep
{
    public static Migration Migration { get; } = new(12, "quarantine problems: a kind and a column, for reports in Arabic", """
        -- problem is a QuarantineProblem member name; rows held back before step 12 are Unclassified. field is the
        -- source column as the configuration names it (never a cell's value), NULL when no one column is at fault.
        ALTER TABLE quarantined_records ADD COLUMN problem TEXT NOT NULL DEFAULT 'Unclassified';
        ALTER TABLE quarantined_records ADD COLUMN field TEXT;
        """);
}
