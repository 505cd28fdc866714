using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlServiceRecordStoreWindowTests : ServiceRecordStoreWindowContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
