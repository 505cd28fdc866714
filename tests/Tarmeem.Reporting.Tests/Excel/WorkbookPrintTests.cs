using System.IO.Compression;
using System.Text.RegularExpressions;
using Tarmeem.Reporting.Tests.Printing;

namespace Tarmeem.Reporting.Tests.Excel;

/// <summary>
/// The workbook as managers print it: LibreOffice's PDF of every sheet on A4, read back word by word.
/// Needs soffice and poppler-utils (.ci/run installs them); missing tools fail the test, never skip it.
/// </summary>
public sealed partial class WorkbookPrintTests
{
    [Fact]
    public async Task Write_MonthWithManyCases_EveryPageLegibleEveryHeaderWordWholeTaggedArabicPdf()
    {
        var report = SampleReports.Small() with
        {
            CaseRows = [.. SampleReports.ManyRows(300).Select((r, i) => r with { CaseNumber = $"TRM-2026-{i + 4400:D6}" })],
        };
        var path = WorkbookFiles.Write(report);
        using (var workbook = WorkbookInspector.Open(path))
        {
            WorkbookFiles.AssertValid(workbook);
        }

        var pdf = await PrintChecks.RenderAsync(path);

        PrintChecks.AssertLegible(pdf, "the workbook");
        var headers = TableHeaders(path);
        Assert.True(headers.Count > 60, $"Only {headers.Count} table headers read from the workbook.");
        PrintChecks.AssertHeadersWhole(pdf, headers, "the workbook");
        PrintChecks.AssertTaggedArabic(pdf, "the workbook");
        Assert.Contains(pdf.Words, w => w.Text == "TRM-2026-004699");
    }

    [Fact]
    public void Write_Workbook_EverySheetFitsThePageWidthAndRepeatsItsTitleRows()
    {
        using var zip = ZipFile.OpenRead(WorkbookFiles.Write(SampleReports.Small()));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();
        var workbook = Read(zip, "xl/workbook.xml");

        Assert.Equal(8, sheets.Count);
        Assert.All(sheets, sheet =>
        {
            var xml = Read(zip, sheet.FullName);
            Assert.Contains("<pageSetUpPr fitToPage=\"1\"", xml, StringComparison.Ordinal);
            Assert.Contains("paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"", xml, StringComparison.Ordinal);
        });
        Assert.Equal(8, PrintTitles().Count(workbook));
        Assert.Contains(">'ملخص المؤشرات'!$1:$3<", workbook, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Workbook_ChartsSitBelowTheTablesAndAreDescribedWithTheirFigures()
    {
        using var zip = ZipFile.OpenRead(WorkbookFiles.Write(SampleReports.Small()));
        var drawings = zip.Entries.Where(e => e.FullName.StartsWith("xl/drawings/drawing", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(drawings);
        Assert.All(drawings, d =>
        {
            var xml = Read(zip, d.FullName);
            Assert.Contains("<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("twoCellAnchor", xml, StringComparison.Ordinal);
            Assert.Matches("descr=\"[^\"]+: [^\"]*[0-9]", xml);
        });
        Assert.Contains("descr=\"الحالات والاستفسارات حسب القناة. الحالات: المقابلة 1، الاتصالات الهاتفية 1،", Read(zip, drawings[0].FullName), StringComparison.Ordinal);
    }

    /// <summary>Every column name of every table in the workbook.</summary>
    private static List<string> TableHeaders(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return [.. zip.Entries
            .Where(e => e.FullName.StartsWith("xl/tables/", StringComparison.Ordinal))
            .SelectMany(e => ColumnName().Matches(Read(zip, e.FullName)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))];
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<(?:x:)?tableColumn id=\"\\d+\" name=\"([^\"]*)\"")]
    private static partial Regex ColumnName();

    [GeneratedRegex("name=\"_xlnm.Print_Titles\" localSheetId=\"\\d+\"")]
    private static partial Regex PrintTitles();
}
