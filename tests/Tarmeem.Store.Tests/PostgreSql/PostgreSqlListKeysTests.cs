using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlListKeysTests : ListKeysContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
