namespace Tarmeem.Host.StoreCopy;

/// <summary>Table and column names read from a schema, quoted for both SQLite and PostgreSQL.</summary>
internal static class SqlNames
{
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The migrations' ledger: each store keeps its own.</summary>
    public const string Ledger = "schema_migrations";

    /// <summary>
    /// Quartz's tables (its default prefix): the schedule is not data — every serve node writes it again at start.
    /// </summary>
    public static bool IsQuartz(string table) => table.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase);
}
