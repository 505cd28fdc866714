using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteServiceRecordStoreRoundTripTests : ServiceRecordStoreRoundTripContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
