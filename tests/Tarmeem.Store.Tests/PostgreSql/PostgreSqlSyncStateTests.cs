using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlSyncStateTests : SyncStateContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
