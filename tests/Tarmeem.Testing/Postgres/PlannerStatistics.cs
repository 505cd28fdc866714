using System.Data.Common;

namespace Tarmeem.Testing.Postgres;

/// <summary>What PostgreSQL's planner believes of a schema's tables.</summary>
public static class PlannerStatistics
{
    /// <summary>Each table of the connection's current schema and its planner row count (<c>reltuples</c>; -1 before any ANALYZE).</summary>
    public static async Task<Dictionary<string, long>> RowEstimatesAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.relname, c.reltuples::bigint FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var estimates = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            estimates[reader.GetString(0)] = reader.GetInt64(1);
        }

        return estimates;
    }
}
