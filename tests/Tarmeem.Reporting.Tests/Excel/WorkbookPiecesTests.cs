using Tarmeem.Reporting.Excel;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Tests.Excel;

public sealed class WorkbookPiecesTests
{
    [Theory]
    [InlineData(0, 7, "٠-٧ أيام")]
    [InlineData(8, 14, "٨-١٤ يوماً")]
    [InlineData(1, 1, "١ يوم")]
    public void BucketLabelsDays_Range_ReadsAsArabic(int from, int to, string expected) =>
        Assert.Equal(expected, BucketLabels.Days(new DurationBucket { From = from, To = to }));

    [Fact]
    public void BucketLabelsDays_OpenEnded_SaysOrMore() =>
        Assert.Equal("٣١ يوماً فأكثر", BucketLabels.Days(new DurationBucket { From = 31 }));

    [Fact]
    public void BucketLabelsHours_Range_UsesHours() =>
        Assert.Equal("٣-٥ ساعات", BucketLabels.Hours(new DurationBucket { From = 3, To = 5 }));

    [Theory]
    [InlineData("نص عادي", "نص عادي")]
    [InlineData("a\u0001b", "ab")]
    [InlineData("a\uFFFFb", "a_xFFFF_b")]
    [InlineData("\u202E=1+1", "'=1+1")]
    [InlineData("_x0041_", "_x005F_x0041_")]
    public void SpreadsheetTextSanitize_Input_EscapedForExcel(string input, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Sanitize(input));

    [Fact]
    public void SpreadsheetTextSanitize_TooLong_CutToExcelLimit() =>
        Assert.Equal(SpreadsheetText.MaxCellLength, SpreadsheetText.Sanitize(new string('x', 40_000)).Length);

    [Fact]
    public void SheetRangeFormula_SheetWithQuote_QuotesDoubled() =>
        Assert.Equal("'a''b'!$AA$4:$AA$9", new SheetRange("a'b", 27, 4, 9).Formula);

    [Fact]
    public void WorkbookTextHijriMonths_October2026_SpansTwoHijriMonths() =>
        Assert.Equal("ربيع الآخر – جمادى الأولى 1448 هـ", WorkbookText.HijriMonths(new DateOnly(2026, 10, 1)));
}
