using Tarmeem.Core.Time;

namespace Tarmeem.Core.Tests.Time;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-10", "2026-10-01", "2026-10-31", PeriodKind.Month)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", PeriodKind.Month)]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30", PeriodKind.Quarter)]
    [InlineData("2026", "2026-01-01", "2026-12-31", PeriodKind.Year)]
    [InlineData("2026-01-15..2026-03-31", "2026-01-15", "2026-03-31", PeriodKind.Custom)]
    public void Parse_AcceptedForm_GivesInclusiveDates(string text, string start, string end, PeriodKind kind)
    {
        var period = ReportPeriod.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("October")]
    [InlineData("2026-Q5")]
    [InlineData("2026-03-31..2026-01-01")]
    [InlineData("2026-02-30..2026-03-01")]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("9999-12")]
    [InlineData("9999-Q4")]
    [InlineData("0001-01-01..0001-01-31")]
    [InlineData("١٨٩٩")]
    [InlineData("२०२६")]
    public void Parse_BadText_NamesTheAcceptedForms(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-Q3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("٢٠٢٦-١٠", "2026-10")]
    [InlineData("\u200F2026-Q3\u200F", "2026-Q3")]
    public void Parse_ArabicDigitsOrDirectionMarks_Accepted(string text, string expected)
    {
        Assert.Equal(expected, ReportPeriod.Parse(text).ToString());
    }

    [Fact]
    public void Previous_January_IsDecemberOfTheYearBefore()
    {
        Assert.Equal("2025-12", ReportPeriod.Parse("2026-01").Previous().ToString());
        Assert.Equal("2025-Q4", ReportPeriod.Parse("2026-Q1").Previous().ToString());
    }

    [Fact]
    public void Previous_CustomRange_IsTheSameLengthJustBefore()
    {
        var previous = ReportPeriod.Parse("2026-03-11..2026-03-20").Previous();

        Assert.Equal(new DateOnly(2026, 3, 1), previous.Start);
        Assert.Equal(new DateOnly(2026, 3, 10), previous.End);
    }

    [Fact]
    public void SameLastYear_Quarter_ShiftsOneYear()
    {
        Assert.Equal("2025-Q3", ReportPeriod.Parse("2026-Q3").SameLastYear().ToString());
    }

    [Fact]
    public void LastCompleteMonth_MidNovember_IsOctober()
    {
        Assert.Equal("2026-10", ReportPeriod.LastCompleteMonth(new DateOnly(2026, 11, 24)).ToString());
        Assert.Equal("2025-12", ReportPeriod.LastCompleteMonth(new DateOnly(2026, 1, 1)).ToString());
    }
}
