using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlServiceRecordStoreWriteTests : ServiceRecordStoreWriteContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
