using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlServiceRecordStoreReportReadTests : ServiceRecordStoreReportReadContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
