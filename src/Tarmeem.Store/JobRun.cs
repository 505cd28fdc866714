namespace Tarmeem.Store;

/// <summary>One run of a scheduled job.</summary>
public sealed record JobRun(long Id, string Job, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, JobOutcome Outcome, string? Message);
