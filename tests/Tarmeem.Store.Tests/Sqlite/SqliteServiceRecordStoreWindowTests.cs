using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteServiceRecordStoreWindowTests : ServiceRecordStoreWindowContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
