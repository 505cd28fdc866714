using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteSyncStateTests : SyncStateContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
