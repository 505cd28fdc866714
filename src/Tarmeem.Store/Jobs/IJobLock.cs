namespace Tarmeem.Store.Jobs;

/// <summary>
/// A named lock shared by every process on the same data — what keeps a hand run (<c>tarmeem sync</c>, <c>survey send</c>,
/// <c>report --deliver</c>) and the scheduled job doing the same work from running side by side, on this node or another.
/// Never waits: whoever finds it held is told by whom and since when, and gives up.
/// </summary>
public interface IJobLock
{
    /// <summary>The lock, held until disposed (or until the process dies), or null when another holder has it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken);

    /// <summary>Who holds the lock now, or null when nobody does or the holder cannot be told.</summary>
    Task<JobLockHolder?> HolderAsync(string name, CancellationToken cancellationToken);
}
