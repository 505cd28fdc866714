using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlDeliveryLogTests : DeliveryLogContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
