using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteListKeysTests : ListKeysContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
