using System.Globalization;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>The running tally of one source's sync, and its progress lines.</summary>
internal sealed class SourceRun(string name, IProgress<string> progress)
{
    private bool fullRound;

    public SyncCounts Counts { get; private set; } = SyncCounts.Zero;

    public int Pages { get; private set; }

    public void Add(SyncCounts counts, bool full)
    {
        Counts = Counts.Plus(counts);
        Pages++;
        fullRound |= full;
        progress.Report(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: page {Pages} — {Counts.Added} added, {Counts.Changed} changed, {Counts.Deleted} deleted, {Counts.Quarantined} quarantined"));
    }

    public void Progress(string message) => progress.Report($"{name}: {message}");

    public SourceSyncResult Result(string? error) => new(name, Counts, Pages, fullRound, error);
}
