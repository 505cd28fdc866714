using Npgsql;

namespace Tarmeem.Host.Scheduling.Cluster;

/// <summary>
/// Quartz's tables on PostgreSQL live in a schema of their own, <c>quartz</c>, under Quartz's usual <c>qrtz_</c>
/// prefix: the package's embedded script (<c>ProvisionSchema</c>) creates its tables and indexes as
/// <c>quartz.qrtz_…</c>, so they never mix with ours, and a backup or a permission can take them apart. The script
/// creates tables, not the schema: <see cref="EnsureAsync"/> does that before the scheduler starts.
/// </summary>
internal static class QuartzSchema
{
    public const string Name = "quartz";

    public const string TablePrefix = Name + ".qrtz_";

    /// <summary>The scheduler's name in every node (Quartz's <c>sched_name</c>): what makes them one cluster.</summary>
    public const string InstanceName = "tarmeem";

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {Name};", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateSchema)
        {
            // Two nodes starting together: IF NOT EXISTS still races on the catalog, and the loser finds the schema made.
        }
    }
}
