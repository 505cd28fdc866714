namespace Tarmeem.Store.Jobs;

/// <summary>One run of a scheduled job, and the node that ran it (null for runs before schema version 10).</summary>
public sealed record JobRun(long Id, string Job, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, JobOutcome Outcome, string? Message, string? Node);
