using Tarmeem.Sample;
using Tarmeem.Testing.Postgres;

namespace Tarmeem.Store.Tests.PostgreSql;

/// <summary>
/// A bulk save (the sample, an import) leaves PostgreSQL's planner knowing the tables' sizes, so that a report started
/// right after it is not planned on an empty table's guesses; a small save leaves statistics to autovacuum.
/// </summary>
public sealed class PostgreSqlBulkSaveStatisticsTests
{
    private static readonly DateOnly LastMonth = new(2026, 11, 1);

    [Fact]
    public async Task SaveAsync_BulkSave_PlannerKnowsEachTablesRowCount()
    {
        var sample = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = LastMonth, Scale = 0.2 });
        Assert.True(sample.Cases.Count + sample.Inquiries.Count + sample.Invitations.Count + sample.Responses.Count >= 10_000);
        var target = new PostgresStoreUnderTest();
        await using var store = await target.OpenAsync();

        await store.SaveAsync(sample, CancellationToken.None);

        var estimates = await PlannerRowEstimatesAsync(target);
        Assert.Equal(sample.Cases.Count, estimates["cases"]);
        Assert.Equal(sample.Inquiries.Count, estimates["inquiries"]);
        Assert.Equal(sample.Invitations.Count, estimates["survey_invitations"]);
        Assert.Equal(sample.Responses.Count, estimates["survey_responses"]);
    }

    [Fact]
    public async Task SaveAsync_SmallSave_StatisticsLeftToAutovacuum()
    {
        var sample = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = LastMonth, Scale = 0.01 });
        Assert.True(sample.Cases.Count + sample.Inquiries.Count + sample.Invitations.Count + sample.Responses.Count is > 0 and < 10_000);
        var target = new PostgresStoreUnderTest();
        await using var store = await target.OpenAsync();

        await store.SaveAsync(sample, CancellationToken.None);

        // -1: never analysed (far fewer rows than autovacuum's threshold of 50 plus a tenth of the table's size).
        Assert.Equal(-1, (await PlannerRowEstimatesAsync(target))["cases"]);
    }

    private static async Task<Dictionary<string, long>> PlannerRowEstimatesAsync(PostgresStoreUnderTest target)
    {
        await using var connection = target.OpenRawConnection();
        return await PlannerStatistics.RowEstimatesAsync(connection);
    }
}
