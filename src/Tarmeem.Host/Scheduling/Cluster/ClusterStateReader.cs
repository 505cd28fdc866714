using Npgsql;

namespace Tarmeem.Host.Scheduling.Cluster;

/// <summary>
/// Reads the clustered scheduler's tables on PostgreSQL, in a read-only session, for <c>tarmeem status</c>: never a
/// scheduler of its own. Quartz keeps instants as .NET ticks in UTC and the check-in interval in milliseconds.
/// </summary>
internal static class ClusterStateReader
{
    /// <summary>Every node that ever checked in, by id, or null when the scheduler never ran (no tables yet).</summary>
    public static async Task<IReadOnlyList<SchedulerNode>?> NodesAsync(
        string connectionString, TimeSpan misfireThreshold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT instance_name, last_checkin_time, checkin_interval FROM {QuartzSchema.TablePrefix}scheduler_state WHERE sched_name = @scheduler ORDER BY instance_name;",
            connection);
        command.Parameters.AddWithValue("scheduler", QuartzSchema.InstanceName);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var nodes = new List<SchedulerNode>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var checkin = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
                var interval = TimeSpan.FromMilliseconds(reader.GetInt64(2));
                nodes.Add(new SchedulerNode(reader.GetString(0), checkin, interval, checkin + interval + misfireThreshold < now));
            }

            return nodes;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    /// <summary>Our triggers by job name, or null when the scheduler never ran.</summary>
    public static async Task<IReadOnlyDictionary<string, QuartzTrigger>?> TriggersAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT trigger_name, trigger_state, next_fire_time, prev_fire_time FROM {QuartzSchema.TablePrefix}triggers WHERE sched_name = @scheduler AND trigger_group = @group;",
            connection);
        command.Parameters.AddWithValue("scheduler", QuartzSchema.InstanceName);
        command.Parameters.AddWithValue("group", TarmeemJobs.Group);
        try
        {
            return await QuartzTriggerReader.ReadRowsAsync(command, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c default_transaction_read_only=on" };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
