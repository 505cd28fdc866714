namespace Tarmeem.Host.Scheduling.Cluster;

/// <summary>A node as Quartz's <c>scheduler_state</c> holds it; lost when it missed its check-in by more than the threshold.</summary>
internal sealed record SchedulerNode(string Id, DateTimeOffset LastCheckin, TimeSpan CheckinInterval, bool Lost);
