using Tarmeem.Store.Records;

namespace Tarmeem.Store;

/// <summary>Opens the store on one kind of database; the host registers one per provider it ships.</summary>
public interface IStoreProvider
{
    StoreProvider Provider { get; }

    /// <summary>Opens the store of <paramref name="area"/>, creating it if missing and applying pending migrations.</summary>
    Task<SqlServiceRecordStore> OpenAsync(StoreSettings settings, StoreArea area, TimeProvider time, CancellationToken cancellationToken);
}
