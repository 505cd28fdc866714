using System.Data.Common;
using Tarmeem.Store.Records;
using Tarmeem.Store.Sql;

namespace Tarmeem.Store.Jobs;

/// <summary>
/// The scheduler's run history (schema version 4) and the service's starts (version 5), read by <c>tarmeem status</c>. Built on an opened
/// <see cref="SqlServiceRecordStore"/>.
/// </summary>
public sealed class SqlJobRunLog(SqlServiceRecordStore records)
{
    private readonly StoreDialect dialect = records.Dialect;

    /// <summary>Records the start of a run on a node (schema version 10); returns its id for <see cref="FinishAsync"/>.</summary>
    public async Task<long> StartAsync(string job, string node, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO job_runs (job, node, started_at, outcome) VALUES (@job, @node, @started_at, @outcome) RETURNING id;";
        command.AddParameter("@job", job);
        command.AddParameter("@node", node);
        command.AddParameter("@started_at", Instants.ToDb(startedAt));
        command.AddParameter("@outcome", nameof(JobOutcome.Running));
        return DbCommands.AsInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task FinishAsync(long id, DateTimeOffset finishedAt, JobOutcome outcome, string? message, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE job_runs SET finished_at = @finished_at, outcome = @outcome, message = @message WHERE id = @id;";
        command.AddParameter("@id", id);
        command.AddParameter("@finished_at", Instants.ToDb(finishedAt));
        command.AddParameter("@outcome", outcome.ToString());
        command.AddParameter("@message", (object?)message ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One summary per job that ever ran, by job name.</summary>
    public async Task<IReadOnlyList<JobRunSummary>> SummariesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, r.job, r.started_at, r.finished_at, r.outcome, r.message, r.node,
                   (SELECT max(finished_at) FROM job_runs s WHERE s.job = r.job AND s.outcome = 'Succeeded'),
                   (SELECT count(*) FROM job_runs s WHERE s.job = r.job AND s.outcome = 'Succeeded'),
                   (SELECT count(*) FROM job_runs s WHERE s.job = r.job AND s.outcome = 'Skipped'),
                   (SELECT count(*) FROM job_runs s WHERE s.job = r.job AND s.outcome = 'Failed')
            FROM job_runs r
            WHERE r.id = (SELECT max(id) FROM job_runs l WHERE l.job = r.job)
            ORDER BY r.job;
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var summaries = new List<JobRunSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            summaries.Add(new JobRunSummary(
                reader.GetString(1),
                Read(reader),
                Instants.ReadNullable(reader, 7),
                reader.GetCount(8),
                reader.GetCount(9),
                reader.GetCount(10)));
        }

        return summaries;
    }

    /// <summary>
    /// Closes every run still marked Running as Interrupted. Called when the service starts, before any job runs, so
    /// such a row can only be one a killed process left behind.
    /// </summary>
    public async Task<int> CloseInterruptedAsync(DateTimeOffset at, string message, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE job_runs SET outcome = @interrupted, finished_at = @at, message = @message WHERE outcome = @running;";
        command.AddParameter("@interrupted", nameof(JobOutcome.Interrupted));
        command.AddParameter("@running", nameof(JobOutcome.Running));
        command.AddParameter("@at", Instants.ToDb(at));
        command.AddParameter("@message", message);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Closes the runs of <paramref name="job"/> still marked Running as Interrupted, naming their node. Called as the
    /// job starts: a scheduled job never runs twice at once on any node, so such a row is one a dead node left behind.
    /// </summary>
    public async Task<int> CloseAbandonedAsync(string job, DateTimeOffset at, string message, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE job_runs SET outcome = @interrupted, finished_at = @at,
                message = @message || ' (node ' || coalesce(node, 'unknown') || ')'
            WHERE job = @job AND outcome = @running;
            """;
        command.AddParameter("@job", job);
        command.AddParameter("@interrupted", nameof(JobOutcome.Interrupted));
        command.AddParameter("@running", nameof(JobOutcome.Running));
        command.AddParameter("@at", Instants.ToDb(at));
        command.AddParameter("@message", message);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a start of the service (schema version 5).</summary>
    public async Task RecordServiceStartAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO service_starts (started_at) VALUES (@at);";
        command.AddParameter("@at", Instants.ToDb(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>When the service first started in this store, or null when it never did.</summary>
    public async Task<DateTimeOffset?> FirstServiceStartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(started_at) FROM service_starts;";
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? DateTimeOffset.FromUnixTimeMilliseconds(DbCommands.AsInt64(value)) : null;
    }

    /// <summary>Removes runs started before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(ConnectionPurpose.Light, cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM job_runs WHERE started_at < @before;";
        command.AddParameter("@before", Instants.ToDb(before));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static JobRun Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        Instants.Read(reader, 2),
        Instants.ReadNullable(reader, 3),
        Enum.Parse<JobOutcome>(reader.GetString(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6));
}
