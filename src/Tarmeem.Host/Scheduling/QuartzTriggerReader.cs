using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tarmeem.Host.Scheduling.Cluster;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Reads the scheduler's triggers straight from its store, read-only — its SQLite file, or the cluster's tables on
/// PostgreSQL — so that <c>tarmeem status</c> never starts a second scheduler on the store the service uses. Quartz
/// keeps fire times as .NET ticks in UTC.
/// </summary>
internal static class QuartzTriggerReader
{
    /// <summary>Our triggers by job name, or null when the scheduler never ran (no file, no tables).</summary>
    public static Task<IReadOnlyDictionary<string, QuartzTrigger>?> ReadAsync(SchedulerStore placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return placement.Clustered
            ? ClusterStateReader.TriggersAsync(placement.ConnectionString!, cancellationToken)
            : ReadSqliteAsync(placement.SqlitePath, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, QuartzTrigger>?> ReadSqliteAsync(string databasePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            return null;
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TRIGGER_NAME, TRIGGER_STATE, NEXT_FIRE_TIME, PREV_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group;";
        command.Parameters.AddWithValue("$group", TarmeemJobs.Group);
        return await ReadRowsAsync(command, cancellationToken);
    }

    /// <summary>Runs a query of (name, state, next fire, previous fire) over either provider's trigger table.</summary>
    internal static async Task<IReadOnlyDictionary<string, QuartzTrigger>> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var triggers = new Dictionary<string, QuartzTrigger>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            triggers[name] = new QuartzTrigger(name, reader.GetString(1), Ticks(reader, 2), Ticks(reader, 3));
        }

        return triggers;
    }

    private static DateTimeOffset? Ticks(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.GetInt64(ordinal) <= 0 ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);
}
