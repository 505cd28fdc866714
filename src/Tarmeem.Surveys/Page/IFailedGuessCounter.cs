namespace Tarmeem.Surveys.Page;

/// <summary>
/// Counts a client's misses (unknown or expired links). Only misses are counted and only misses are refused, so a
/// valid link always opens. <see cref="InMemoryFailedGuessCounter"/> serves one node; nodes behind one balancer share
/// <see cref="Nodes.StoredFailedGuessCounter"/>.
/// </summary>
public interface IFailedGuessCounter
{
    /// <summary>Counts one miss; true when the client has now used more than its allowance for the current window.</summary>
    ValueTask<bool> RecordMissAsync(string client, CancellationToken cancellationToken);
}
