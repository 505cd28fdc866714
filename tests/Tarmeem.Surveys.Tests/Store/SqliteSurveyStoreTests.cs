using Tarmeem.Surveys.Tests.Support;

namespace Tarmeem.Surveys.Tests.Store;

public sealed class SqliteSurveyStoreTests : SurveyStoreContract
{
    private protected override Task<TempStore> OpenStoreAsync() => TempStore.OpenAsync();

    [Fact]
    public async Task Schema_OnlySurveyContactsHoldsAnAddressColumn()
    {
        await using var store = await TempStore.OpenAsync();

        var columns = store.Rows("""
            SELECT t.name || '.' || c.name FROM sqlite_schema AS t, pragma_table_xinfo(t.name) AS c WHERE t.type = 'table' ORDER BY 1
            """).Select(r => r[0]).ToList();

        Assert.Equal(["survey_contacts.email_address"], columns.Where(c => c.Contains("mail_address", StringComparison.Ordinal) || c.Contains("email", StringComparison.Ordinal)));
    }
}
