using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Tarmeem.Reporting.Tests.Excel;

/// <summary>
/// Reads a written workbook back with the Open XML SDK for assertions: cells by reference (positions
/// implied where a cell has no reference), a readable text snapshot, charts and validation errors.
/// </summary>
internal sealed class WorkbookInspector : IDisposable
{
    private readonly SpreadsheetDocument _document;

    private WorkbookInspector(SpreadsheetDocument document)
    {
        _document = document;
    }

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames =>
        [.. Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public static WorkbookInspector Open(string path) => new(SpreadsheetDocument.Open(path, false));

    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public WorksheetPart SheetPart(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)Workbook.GetPartById(sheet.Id!);
    }

    /// <summary>Cells in document order, keyed by reference ("B4").</summary>
    public IReadOnlyDictionary<string, CellInfo> Cells(string sheetName)
    {
        var result = new Dictionary<string, CellInfo>();
        foreach (var (reference, cell) in Walk(sheetName))
        {
            if (Read(cell) is { } info)
            {
                result[reference] = info;
            }
        }

        return result;
    }

    /// <summary>The cell format (alignment, number format, font) of the cell at <paramref name="reference"/>.</summary>
    public CellFormat CellFormatAt(string sheetName, string reference)
    {
        var cell = Walk(sheetName).Single(c => c.Reference == reference).Cell;
        return Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
    }

    /// <summary>Every cell with its reference, also where the writer leaves the reference out (the next column, the next row).</summary>
    private IEnumerable<(string Reference, Cell Cell)> Walk(string sheetName)
    {
        var rowNumber = 0;
        foreach (var row in SheetPart(sheetName).Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex is { } index ? (int)index.Value : rowNumber + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : column + 1;
                yield return ($"{ColumnName(column)}{rowNumber}", cell);
            }
        }
    }

    public IReadOnlyList<(string Sheet, C.ChartSpace Chart)> Charts()
    {
        var charts = new List<(string, C.ChartSpace)>();
        foreach (var name in SheetNames)
        {
            var drawing = SheetPart(name).DrawingsPart;
            if (drawing is null)
            {
                continue;
            }

            foreach (var reference in drawing.WorksheetDrawing.Descendants<C.ChartReference>())
            {
                charts.Add((name, ((ChartPart)drawing.GetPartById(reference.Id!)).ChartSpace));
            }
        }

        return charts;
    }

    /// <summary>
    /// Each sheet as readable lines: a heading with direction and frozen cell, its tables and charts, then one
    /// line per row: <c>A1: text | B1: 12 (fmt 0.0%)</c>; dates are shown as dates.
    /// </summary>
    public string Snapshot()
    {
        var text = new StringBuilder();
        foreach (var name in SheetNames)
        {
            var part = SheetPart(name);
            var view = part.Worksheet.Descendants<SheetView>().Single();
            var pane = view.GetFirstChild<Pane>();
            text.Append(CultureInfo.InvariantCulture, $"Sheet «{name}» rtl={(view.RightToLeft?.Value == true ? 1 : 0)} frozen={pane?.TopLeftCell?.Value ?? "-"}\n");
            foreach (var table in part.TableDefinitionParts.Select(t => t.Table).OrderBy(t => t.Id!.Value))
            {
                text.Append(CultureInfo.InvariantCulture, $"  table {table.Name} {table.Reference}{(table.TotalsRowCount?.Value > 0 ? " +totals" : string.Empty)}\n");
            }

            foreach (var (_, chart) in Charts().Where(c => c.Sheet == name))
            {
                text.Append(CultureInfo.InvariantCulture, $"  chart {DescribeChart(chart)}\n");
            }

            foreach (var row in Cells(name).GroupBy(c => RowOf(c.Key)))
            {
                text.Append(string.Join(" | ", row.Select(c => $"{c.Key}: {Show(c.Value)}"))).Append('\n');
            }
        }

        return text.ToString();
    }

    public void Dispose() => _document.Dispose();

    public static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            number = (number * 26) + (c - 'A' + 1);
        }

        return number;
    }

    public static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string DescribeChart(C.ChartSpace chart)
    {
        var title = string.Concat(chart.Descendants<C.Title>().Single().Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text));
        var plot = chart.Descendants<C.PlotArea>().Single();
        var kind = plot.ChildElements.First(e => e.LocalName.EndsWith("Chart", StringComparison.Ordinal));
        var grouping = kind.ChildElements.FirstOrDefault(e => e.LocalName == "grouping")?.GetAttributes().FirstOrDefault().Value;
        var reversed = plot.Elements<C.CategoryAxis>().Single().Scaling!.Orientation!.Val!.Value == C.OrientationValues.MaxMin;
        var series = kind.ChildElements.Where(e => e.LocalName == "ser").Select(s =>
            $"{s.Descendants<C.SeriesText>().Single().Descendants<C.Formula>().Single().Text} -> {s.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text}");
        var categories = kind.Descendants<C.CategoryAxisData>().First().Descendants<C.Formula>().Single().Text;
        return $"«{title}» {kind.LocalName}/{grouping} reversed={reversed} cat={categories} ser=[{string.Join("; ", series)}]";
    }

    private static string Show(CellInfo cell)
    {
        var format = cell.Format == "General" ? string.Empty : $" (fmt {cell.Format})";
        if (cell.Number is { } number)
        {
            var value = cell.Format.Contains("yy", StringComparison.Ordinal)
                ? DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : number.ToString("R", CultureInfo.InvariantCulture);
            return value + format;
        }

        return cell.Text + format;
    }

    private CellInfo? Read(Cell cell)
    {
        var format = FormatOf(cell.StyleIndex?.Value ?? 0);
        var formula = cell.CellFormula is not null;
        var type = cell.DataType?.Value is { } t ? ((IEnumValue)t).Value : "n";
        if (type == "s")
        {
            var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
            var item = Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index);
            return new CellInfo(item.InnerText, null, format, formula, type);
        }

        if (type == "inlineStr")
        {
            return new CellInfo(cell.InlineString!.InnerText, null, format, formula, type);
        }

        if (cell.CellValue is { } value)
        {
            return new CellInfo(null, double.Parse(value.Text, CultureInfo.InvariantCulture), format, formula, type);
        }

        return formula ? new CellInfo(null, null, format, formula, type) : null;
    }

    private string FormatOf(uint styleIndex)
    {
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var xf = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex);
        var id = xf.NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            3 => "#,##0",
            _ => styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin {id}",
        };
    }
}
