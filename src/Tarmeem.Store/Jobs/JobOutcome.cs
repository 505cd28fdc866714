namespace Tarmeem.Store.Jobs;

/// <summary>How a scheduled job's run ended; stored by name in <c>job_runs.outcome</c>.</summary>
public enum JobOutcome
{
    /// <summary>Started and not finished: still running, or the process stopped under it.</summary>
    Running = 0,

    Succeeded = 1,

    /// <summary>Nothing to do, e.g. the period's report was already delivered.</summary>
    Skipped = 2,

    Failed = 3,

    /// <summary>Found still Running when the service started again: the process stopped under it (killed, power cut).</summary>
    Interrupted = 4,
}
