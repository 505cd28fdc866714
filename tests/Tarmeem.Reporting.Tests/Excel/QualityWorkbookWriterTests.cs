using System.IO.Compression;
using System.Xml.Linq;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Excel;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Tests.Excel;

public sealed class QualityWorkbookWriterTests
{
    [Fact]
    public void Write_SmallReport_ValidatesWithZeroErrors()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));

        WorkbookFiles.AssertValid(workbook);
        Assert.Equal(
            ["ملخص المؤشرات", "القنوات", "الاتجاه الشهري", "أزمنة الاستجابة", "رضا المستفيدين", "جودة الإجراءات", "جودة البيانات", "الحالات"],
            workbook.SheetNames);
    }

    [Fact]
    public void Write_SmallReport_MatchesSnapshot()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));

        var actual = workbook.Snapshot();

        var actualPath = Path.Combine(WorkbookFiles.Folder(), "snapshot.txt");
        File.WriteAllText(actualPath, actual);
        Assert.True(WorkbookSnapshots.Small == actual.TrimEnd('\n'), $"Snapshot differs; actual written to {actualPath}");
    }

    [Fact]
    public void Write_SmallReport_EverySheetRightToLeftAndFrozen()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));

        foreach (var name in workbook.SheetNames)
        {
            var view = workbook.SheetPart(name).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.SheetView>().Single();
            Assert.True(view.RightToLeft?.Value, $"Sheet «{name}» is not right-to-left.");
            Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, view.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Pane>()?.State?.Value);
            Assert.NotEmpty(workbook.SheetPart(name).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>());
        }
    }

    [Fact]
    public void Write_SmallReport_TablesHaveUniqueNamesAndHeadersMatchCells()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));

        var names = new HashSet<string>();
        foreach (var sheet in workbook.SheetNames)
        {
            var cells = workbook.Cells(sheet);
            foreach (var table in workbook.SheetPart(sheet).TableDefinitionParts.Select(p => p.Table))
            {
                Assert.True(names.Add(table.Name!.Value!), $"Table name {table.Name} used twice.");
                Assert.NotNull(table.AutoFilter);
                var first = table.Reference!.Value!.Split(':')[0];
                var headerRow = WorkbookInspector.RowOf(first);
                var column = 1;
                foreach (var tableColumn in table.TableColumns!.Elements<DocumentFormat.OpenXml.Spreadsheet.TableColumn>())
                {
                    Assert.Equal(tableColumn.Name!.Value, cells[$"{WorkbookInspector.ColumnName(column++)}{headerRow}"].Text);
                }
            }
        }

        Assert.Equal(16, names.Count);
    }

    [Fact]
    public void Write_SmallReport_CaseSheetRecountEqualsChannelCases()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));
        var cases = workbook.Cells("الحالات");
        var channels = workbook.Cells("القنوات");

        var recount = cases.Where(c => c.Key.StartsWith('B') && WorkbookInspector.RowOf(c.Key) > 3)
            .GroupBy(c => c.Value.Text!).ToDictionary(g => g.Key, g => g.Count());
        for (var row = 4; row <= 12; row++)
        {
            var label = channels[$"A{row}"].Text!;
            Assert.Equal(channels[$"B{row}"].Number, recount.GetValueOrDefault(label));
        }

        Assert.Equal(ChannelCatalog.AllForReports.Select(ArabicLabels.For), Enumerable.Range(4, 9).Select(r => channels[$"A{r}"].Text));
    }

    [Fact]
    public void Write_FormulaLikeComments_StoredAsTextWithoutFormulas()
    {
        string[] texts = ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1+2", "-2+3", "  =1+1 ", "-"];
        var comments = texts.Select(t => new SurveyComment { AnsweredOn = new(2026, 10, 3), Channel = Channel.Website, Overall = 1, Text = t }).ToList();
        var path = WorkbookFiles.Write(SampleReports.Small(comments));

        using (var archive = ZipFile.OpenRead(path))
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using var stream = entry.Open();
                var xml = XDocument.Load(stream);
                Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "f");
            }
        }

        using var workbook = WorkbookInspector.Open(path);
        WorkbookFiles.AssertValid(workbook);
        var stored = workbook.Cells("رضا المستفيدين").Values.Where(c => c.Text is not null).Select(c => c.Text).ToHashSet();
        foreach (var text in texts)
        {
            // Quoted with an apostrophe when a spreadsheet would evaluate it, so that a save as CSV stays inert.
            Assert.Contains(Tarmeem.Core.Text.SpreadsheetFormulas.Neutralize(text), stored);
        }

        Assert.All(workbook.SheetNames.SelectMany(s => workbook.Cells(s).Values), c => Assert.False(c.IsFormula));
    }

    [Fact]
    public void Write_EmptyReport_ValidWorkbookThatSaysNoData()
    {
        var report = SampleReports.Empty();
        Assert.True(report.IsEmpty);

        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(report));

        WorkbookFiles.AssertValid(workbook);
        Assert.Equal(ReportText.Get("NoData"), workbook.Cells("ملخص المؤشرات")["A3"].Text);
        Assert.Equal(8, workbook.SheetNames.Count);
        Assert.Equal(4, workbook.Charts().Count);
    }

    [Fact]
    public void Write_SameReportTwice_ByteIdentical()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();

        QualityWorkbookWriter.Write(SampleReports.Small(), first, WorkbookOptions.Default, CancellationToken.None);
        QualityWorkbookWriter.Write(SampleReports.Small(), second, WorkbookOptions.Default, CancellationToken.None);

        Assert.True(first.ToArray().AsSpan().SequenceEqual(second.ToArray()), "Two writes of the same report differ.");
    }

    [Fact]
    public void Write_NonSeekableStream_WritesReadableWorkbook()
    {
        var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        {
            QualityWorkbookWriter.Write(SampleReports.Small(), forwardOnly, WorkbookOptions.Default, CancellationToken.None);
        }

        var path = Path.Combine(WorkbookFiles.Folder(), "forward.xlsx");
        File.WriteAllBytes(path, buffer.ToArray());
        using var workbook = WorkbookInspector.Open(path);
        WorkbookFiles.AssertValid(workbook);
        Assert.Equal("C-0003", workbook.Cells("الحالات")["A6"].Text);
    }

    [Fact]
    public void Write_SmallReport_CorePropertiesNameTheAssociationAndReportTime()
    {
        using var workbook = WorkbookInspector.Open(WorkbookFiles.Write(SampleReports.Small()));

        var core = workbook.Workbook.OpenXmlPackage.PackageProperties;
        Assert.Equal("جمعية ترميم التنمية بمنطقة مكة المكرمة", core.Creator);
        Assert.Equal(SampleReports.GeneratedAt.UtcDateTime, core.Created?.ToUniversalTime());
    }

    [Fact]
    public void Write_ChartsOff_ValidWorkbookWithoutDrawings()
    {
        var path = Path.Combine(WorkbookFiles.Folder(), "plain.xlsx");
        using (var stream = File.Create(path))
        {
            QualityWorkbookWriter.Write(SampleReports.Small(), stream, WorkbookOptions.Default with { IncludeCharts = false }, CancellationToken.None);
        }

        using var workbook = WorkbookInspector.Open(path);
        WorkbookFiles.AssertValid(workbook);
        Assert.Empty(workbook.Charts());
    }

    [Fact]
    public void Write_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            QualityWorkbookWriter.Write(SampleReports.Small(), new MemoryStream(), WorkbookOptions.Default, cancelled.Token));
    }
}
