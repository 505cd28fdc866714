using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.PostgreSql;

public sealed class PostgreSqlSurveyPlanTwoWritersTests : SurveyPlanTwoWritersContract
{
    protected override IStoreUnderTest NewStore() => new PostgresStoreUnderTest();
}
