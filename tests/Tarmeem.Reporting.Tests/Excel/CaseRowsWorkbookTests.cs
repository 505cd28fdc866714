using System.IO.Compression;
using Tarmeem.Reporting.Excel;

namespace Tarmeem.Reporting.Tests.Excel;

public sealed class CaseRowsWorkbookTests
{
    [Fact]
    public void WriteCaseRows_50000Rows_EveryRowPresentAndValid()
    {
        const int count = 50_000;
        var path = Path.Combine(WorkbookFiles.Folder(), "cases.xlsx");
        using (var stream = File.Create(path))
        {
            QualityWorkbookWriter.WriteCaseRows(SampleReports.ManyRows(count), stream, CancellationToken.None);
        }

        using var workbook = WorkbookInspector.Open(path);
        WorkbookFiles.AssertValid(workbook);
        Assert.Equal(["الحالات"], workbook.SheetNames);
        var rows = workbook.SheetPart("الحالات").Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(count + 3, rows.Count);
        var table = workbook.SheetPart("الحالات").TableDefinitionParts.Single().Table;
        Assert.Equal($"A3:U{count + 3}", table.Reference!.Value);
        var cells = workbook.Cells("الحالات");
        Assert.Equal("C-0049999", cells[$"A{count + 3}"].Text);
        Assert.Equal("inlineStr", cells[$"A{count + 3}"].CellType);
        Assert.Equal("s", cells[$"B{count + 3}"].CellType);
    }

    [Fact]
    public void WriteCaseRows_SharedStringsHoldRepeatedLabelsOnce()
    {
        var buffer = new MemoryStream();
        QualityWorkbookWriter.WriteCaseRows(SampleReports.ManyRows(5_000), buffer, CancellationToken.None);

        using var archive = new ZipArchive(new MemoryStream(buffer.ToArray()), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry("xl/sharedStrings.xml")!.Open());
        var sst = System.Xml.Linq.XDocument.Load(reader);
        var unique = int.Parse(sst.Root!.Attribute("uniqueCount")!.Value, System.Globalization.CultureInfo.InvariantCulture);

        // Headers, title, 9 channels, 6 branches, service types, decisions, yes/no and 300 Hijri dates: far fewer than 5,000.
        Assert.InRange(unique, 300, 400);
        Assert.Equal(unique, sst.Root.Elements().Count());
    }

    [Fact]
    public void WriteCaseRows_NoRows_ValidWorkbookWithEmptyTable()
    {
        var path = Path.Combine(WorkbookFiles.Folder(), "none.xlsx");
        using (var stream = File.Create(path))
        {
            QualityWorkbookWriter.WriteCaseRows([], stream, CancellationToken.None);
        }

        using var workbook = WorkbookInspector.Open(path);
        WorkbookFiles.AssertValid(workbook);
        Assert.Equal("A3:U4", workbook.SheetPart("الحالات").TableDefinitionParts.Single().Table.Reference!.Value);
    }
}
