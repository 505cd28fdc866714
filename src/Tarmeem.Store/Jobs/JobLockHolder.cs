namespace Tarmeem.Store.Jobs;

/// <summary>The node holding a job lock, and since when.</summary>
public sealed record JobLockHolder(string Node, DateTimeOffset Since);
