namespace Tarmeem.Host.Scheduling;

/// <summary>A trigger as the scheduler's store holds it: what <c>tarmeem status</c> shows as the next run.</summary>
internal sealed record QuartzTrigger(string Name, string State, DateTimeOffset? NextFireTime, DateTimeOffset? PreviousFireTime);
