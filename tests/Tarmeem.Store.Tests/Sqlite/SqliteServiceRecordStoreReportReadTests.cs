using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteServiceRecordStoreReportReadTests : ServiceRecordStoreReportReadContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
