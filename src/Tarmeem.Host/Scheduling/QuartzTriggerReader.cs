using Microsoft.Data.Sqlite;

namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Reads the scheduler's triggers straight from its SQLite file, read-only, so that <c>tarmeem status</c> never starts a
/// second scheduler on the store the service uses. Quartz keeps fire times as .NET ticks in UTC.
/// </summary>
public static class QuartzTriggerReader
{
    /// <summary>Our triggers by job name, or null when the file does not exist (the service never ran).</summary>
    public static async Task<IReadOnlyDictionary<string, QuartzTrigger>?> ReadAsync(string databasePath, CancellationToken cancellationToken)
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
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var triggers = new Dictionary<string, QuartzTrigger>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            triggers[name] = new QuartzTrigger(name, reader.GetString(1), Ticks(reader, 2), Ticks(reader, 3));
        }

        return triggers;
    }

    private static DateTimeOffset? Ticks(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.GetInt64(ordinal) <= 0 ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);
}
