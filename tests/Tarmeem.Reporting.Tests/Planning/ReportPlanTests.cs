using Tarmeem.Core.Time;
using Tarmeem.Reporting.Planning;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Tests.Planning;

public sealed class ReportPlanTests
{
    private static readonly DataCoverage FromDecember2024 = new(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 1));

    [Fact]
    public void Create_NoPeriod_LastCompleteMonthWholeManagement()
    {
        var plan = ReportPlan.Create(null, null, new DateOnly(2026, 11, 24), FromDecember2024);

        Assert.Equal(ReportPeriod.Month(2026, 10), plan.Period);
        Assert.False(plan.IsPartial);
        Assert.Equal(ReportKind.Management, plan.Kind);
        Assert.Equal((ReportPeriod.Month(2026, 9), ReportPeriod.Month(2025, 10)), (plan.Previous, plan.LastYear));
        Assert.Equal("tarmeem-quality-2026-10.xlsx", plan.FileName("quality", "xlsx"));
        Assert.Equal(("management", "2026-10"), ReportPlan.DeliveryKey(plan.Kind, plan.Period));
    }

    [Fact]
    public void Create_QuarterNotEnded_UpToTodayAndComparedWithAsManyDays()
    {
        var plan = ReportPlan.Create(ReportPeriod.Quarter(2026, 4), null, new DateOnly(2026, 12, 3), FromDecember2024);

        Assert.Equal(new DateOnly(2026, 12, 3), plan.AsOf);
        Assert.Equal(ReportKind.Board, plan.Kind);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 3)), (plan.Current.Start, plan.Current.End));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 2)), (plan.Previous.Start, plan.Previous.End));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 3)), (plan.LastYear.Start, plan.LastYear.End));
        Assert.Equal(plan.Current.DayCount, plan.Previous.DayCount);
        Assert.Equal(new DateOnly(2026, 1, 1), plan.TrendStart);
        var (start, end) = plan.ReadWindow(BusinessCalendar.Default);
        Assert.Equal((new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.FromHours(3)), new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.FromHours(3))), (start, end));
    }

    [Theory]
    [InlineData("2025", false, false)]
    [InlineData("2025-Q1", false, false)]
    [InlineData("2025-Q2", true, false)]
    [InlineData("2026-01", true, true)]
    public void Covered_DataFromDecember2024_OnlyWhollyCoveredComparisons(string period, bool previous, bool lastYear)
    {
        Assert.True(ReportPeriod.TryParse(period, out var parsed, out _));

        var plan = ReportPlan.Create(parsed, null, new DateOnly(2026, 11, 24), FromDecember2024);

        Assert.Equal((previous, lastYear), (plan.PreviousCovered(DataSource.Cases), plan.LastYearCovered(DataSource.Cases)));
    }

    [Fact]
    public void Covered_SourceWithNoData_NeverCovered()
    {
        var plan = ReportPlan.Create(ReportPeriod.Month(2026, 10), null, new DateOnly(2026, 11, 24), FromDecember2024 with { SurveysFrom = null });

        Assert.False(plan.PreviousCovered(DataSource.Surveys));
        Assert.True(plan.PreviousCovered(DataSource.Inquiries));
    }
}
