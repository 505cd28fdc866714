using Tarmeem.Surveys.Tests.Support;

namespace Tarmeem.Surveys.Tests.Store;

public sealed class PostgreSqlSurveyStoreTests : SurveyStoreContract
{
    private protected override Task<TempStore> OpenStoreAsync() => TempStore.OpenPostgreSqlAsync();
}
