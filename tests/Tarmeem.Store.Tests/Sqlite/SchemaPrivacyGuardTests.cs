using System.Text.RegularExpressions;

namespace Tarmeem.Store.Tests.Sqlite;

/// <summary>The store holds what metrics and surveys need and nothing that identifies a person.</summary>
public sealed partial class SchemaPrivacyGuardTests
{
    [Fact]
    public async Task Schema_EveryColumnButTheSurveyContact_NoNameSuggestsPersonalData()
    {
        using var folder = new TempStoreFolder();
        await using (await folder.OpenAsync())
        {
        }

        using var connection = folder.OpenRawConnection();
        // table_xinfo, not table_info: generated and hidden columns are columns too.
        var columns = RawSql.Rows(
            connection,
            """
            SELECT t.name || '.' || c.name
            FROM sqlite_schema AS t, pragma_table_xinfo(t.name) AS c
            WHERE t.type = 'table'
            ORDER BY 1
            """).Select(row => row[0]).ToList();

        Assert.Contains("cases.case_number", columns);
        Assert.Contains("survey_responses.comment", columns);
        // The one column of personal data, used only by surveys and purged by retention.
        Assert.Contains(SurveyContactAddress, columns);
        Assert.DoesNotContain(columns.Where(column => column is not SurveyContactAddress and not PageKeyName), column => PersonalDataHint().IsMatch(column));
    }

    private const string SurveyContactAddress = "survey_contacts.email_address";

    // The name of one of the survey page's shared keys (step 11), not a person's.
    private const string PageKeyName = "page_keys.name";

    [GeneratedRegex("national|name|phone|e_?mail|mobile|iqama|address|birth", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalDataHint();
}
