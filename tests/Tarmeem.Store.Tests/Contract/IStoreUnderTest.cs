using System.Data.Common;
using Tarmeem.Store.Records;

namespace Tarmeem.Store.Tests.Contract;

/// <summary>
/// A fresh, empty store of one provider for one test, dropped afterwards. The contract tests run against every
/// provider through this: a provider's fixture subclasses each contract and returns its own store here.
/// </summary>
public interface IStoreUnderTest : IAsyncDisposable
{
    /// <summary>Opens the store (migrating it on the first open); may be called again to reopen the same data.</summary>
    Task<SqlServiceRecordStore> OpenAsync();

    /// <summary>A connection outside the store, for raw SQL that looks at or changes what is stored.</summary>
    DbConnection OpenRawConnection();
}
