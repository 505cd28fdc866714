namespace Tarmeem.Host.Sync;

/// <summary>The result of <c>tarmeem sync</c>: one line per source.</summary>
internal sealed record SyncSummary(IReadOnlyList<SourceSyncResult> Sources, TimeSpan Elapsed)
{
    public bool Succeeded => Sources.All(s => s.Succeeded);
}
