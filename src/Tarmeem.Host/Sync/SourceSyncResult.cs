using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>What one source's sync did: its counts, how many pages it read, and the error that stopped it, if any.</summary>
internal sealed record SourceSyncResult(string Source, SyncCounts Counts, int Pages, bool FullRound, string? Error)
{
    public bool Succeeded => Error is null;
}
