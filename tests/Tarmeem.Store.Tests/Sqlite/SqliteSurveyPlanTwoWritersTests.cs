using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteSurveyPlanTwoWritersTests : SurveyPlanTwoWritersContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
