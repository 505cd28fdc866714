namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Section <c>Tarmeem:Schedule:Cluster</c>: Quartz's check-in on PostgreSQL. A node that has not checked in for
/// <see cref="CheckinInterval"/> plus <see cref="CheckinMisfireThreshold"/> is taken for dead, and the jobs it was
/// running are run again by another node; a live node paused longer than that (a long GC, a VM migration) is taken
/// for dead too, so the threshold must exceed the worst pause.
/// </summary>
internal sealed class ClusterOptions
{
    /// <summary>How often each node records that it is alive.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long past a missed check-in the others wait before taking the node's work over.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>When a node whose last check-in is this old counts as lost.</summary>
    public TimeSpan LostAfter => CheckinInterval + CheckinMisfireThreshold;
}
