using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlReviewTwoWritersTests : ReviewTwoWritersContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
