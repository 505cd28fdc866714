using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Tests.Excel;

public sealed class DataQualitySheetTests
{
    private const string Sheet = "جودة البيانات";

    [Fact]
    public void Write_HeldRecord_ReasonInArabicNamingItsColumnInACellReadRightToLeft()
    {
        var sample = SampleReports.Small();
        var report = sample with
        {
            DataQuality = sample.DataQuality with
            {
                Held =
                [
                    new HeldRecord
                    {
                        Source = "cases", SourceId = "4711", Reason = "column 'DataVerified' (Tarmeem:Sources:Lists:cases:Columns:DataVerified) is not a date",
                        Problem = QuarantineProblem.NotADate, Field = "DataVerified", Since = new(2026, 10, 2), LastSeen = new(2026, 10, 9),
                    },
                ],
            },
        };

        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(report));

        WorkbookFiles.AssertValid(workbook);
        // The held records' table: record, held since, reason, last seen.
        var reason = Assert.Single(workbook.Cells(Sheet), c => c.Key.StartsWith('C') && c.Value.Text?.Contains("DataVerified", StringComparison.Ordinal) == true);
        Assert.Equal("قيمة ليست تاريخاً أو وقتاً صالحاً، العمود DataVerified", reason.Value.Text);
        Assert.DoesNotContain(workbook.Cells(Sheet).Values, c => c.Text?.Contains("Tarmeem:Sources", StringComparison.Ordinal) == true);
        // Mixed Arabic and Latin: the cell itself says right to left, or LibreOffice shows the column name first.
        Assert.Equal(2u, workbook.CellFormatAt(Sheet, reason.Key).Alignment?.ReadingOrder?.Value);
    }
}
