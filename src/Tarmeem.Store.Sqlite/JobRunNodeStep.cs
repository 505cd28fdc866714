namespace Tarmeem.Store.Sqlite;

/// <summary>
/// Schema step 10, the scheduler's side of running on several nodes: which node ran each job. In a file of its own so
/// that it moves with the migration list; the PostgreSQL twin is <c>ALTER TABLE job_runs ADD COLUMN node TEXT COLLATE "C"</c>.
/// </summary>
internal static class JobRunNodeStep
{
    public static Migration Migration { get; } = new(10, "cluster: the node that ran each job", """
        -- The node (Tarmeem:Schedule:NodeId, by default host name and process id) that ran the job; NULL before step 10.
        ALTER TABLE job_runs ADD COLUMN node TEXT;
        """);
}
