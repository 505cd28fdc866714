namespace Tarmeem.Store;

/// <summary>Opens the configured store: the one way the host reaches the data.</summary>
public interface IStoreFactory
{
    StoreProvider Provider { get; }

    /// <summary>
    /// Opens the live store or the sample's, applying pending migrations, with every sub-store over it. The caller
    /// disposes the session.
    /// </summary>
    Task<StoreSession> OpenAsync(StoreArea area, CancellationToken cancellationToken);
}
