using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Sync;

namespace Tarmeem.Host.Scheduling;

/// <summary>What <c>tarmeem sync</c> does, for the scheduler: pull every configured source into the store.</summary>
internal sealed class ScheduledSync(GraphSyncService sync, IOptions<SourcesOptions> sources, IStoreFactory stores)
{
    public async Task<JobResult> RunAsync(CancellationToken cancellationToken)
    {
        if (sources.Value.IsEmpty)
        {
            return JobResult.Skipped($"No source is configured ({SourcesOptions.Section}): nothing to sync. Add the lists and the mailbox to the settings file.");
        }

        await using var store = await stores.OpenAsync(StoreArea.Live, cancellationToken);
        var summary = await sync.SyncAsync(store.SyncState, new Progress<string>(), cancellationToken);
        var failed = summary.Sources.Where(s => !s.Succeeded).ToList();
        var counts = $"{summary.Sources.Sum(s => s.Counts.Added)} added, {summary.Sources.Sum(s => s.Counts.Changed)} changed, "
            + $"{summary.Sources.Sum(s => s.Counts.Deleted)} deleted, {summary.Sources.Sum(s => s.Counts.Quarantined)} quarantined";
        return failed.Count == 0
            ? JobResult.Done($"{summary.Sources.Count} sources: {counts}.")
            : new JobResult(Store.Jobs.JobOutcome.Failed, $"{string.Join("; ", failed.Select(f => $"{f.Source}: {f.Error}"))} ({counts}). Run `tarmeem check` to see what Microsoft 365 refuses.");
    }
}
