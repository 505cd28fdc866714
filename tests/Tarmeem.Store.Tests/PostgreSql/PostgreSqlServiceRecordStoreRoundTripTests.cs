using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlServiceRecordStoreRoundTripTests : ServiceRecordStoreRoundTripContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
