namespace Tarmeem.Store.Sync;

/// <summary>What applying changes did to the store.</summary>
public sealed record SyncCounts(int Added, int Changed, int Deleted, int Quarantined)
{
    public static SyncCounts Zero { get; } = new(0, 0, 0, 0);

    public SyncCounts Plus(SyncCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Added + other.Added, Changed + other.Changed, Deleted + other.Deleted, Quarantined + other.Quarantined);
    }
}
