namespace Tarmeem.Store.Jobs;

/// <summary>A job's history in brief: its last run, its last success and its counts by outcome.</summary>
public sealed record JobRunSummary(string Job, JobRun Last, DateTimeOffset? LastSucceededAt, int Succeeded, int Skipped, int Failed);
