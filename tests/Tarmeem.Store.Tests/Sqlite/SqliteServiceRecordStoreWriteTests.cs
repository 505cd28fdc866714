using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteServiceRecordStoreWriteTests : ServiceRecordStoreWriteContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
