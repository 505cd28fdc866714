using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Puts sheets into an xlsx package with their tables, drawings and charts, numbering parts as it goes, then
/// writes the workbook, styles and shared strings (last, since streamed sheets fill the string table).
/// </summary>
internal sealed class WorkbookComposer
{
    private readonly XlsxPackageWriter _package;
    private readonly WorkbookOptions _options;
    private readonly List<string> _sheetNames = [];
    private readonly List<int> _titleRows = [];
    private uint _tableCount;
    private int _drawingCount;
    private int _chartCount;

    public WorkbookComposer(XlsxPackageWriter package, WorkbookOptions options)
    {
        _package = package;
        _options = options;
    }

    public SharedStringTable Strings { get; } = new();

    /// <summary>Writes a sheet laid out in memory, with its tables and (if enabled) its charts.</summary>
    public void AddSheet(SheetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var charts = _options.IncludeCharts ? layout.Charts : [];
        var widths = layout.ColumnWidths;
        var print = PrintPlan.For(layout, widths, charts.Count);
        AddSheet(layout.Name, widths, layout.FrozenRows, charts.Count > 0, print.BreaksAfter, writer =>
        {
            for (var i = 0; i < layout.Rows.Count; i++)
            {
                writer.WriteRow(layout.Rows[i], layout.RowHeight(i + 1, widths));
            }

            return layout.Tables;
        });

        if (charts.Count == 0)
        {
            return;
        }

        var drawingNumber = _drawingCount;
        var drawingPath = $"xl/drawings/drawing{drawingNumber}.xml";
        var chartRelationships = new List<XlsxRelationship>();
        foreach (var chart in charts)
        {
            var chartPath = $"xl/charts/chart{++_chartCount}.xml";
            _package.WritePart(chartPath, XlsxContentTypes.Chart, ChartPartBuilder.Build(chart, layout, _options.ChartFont));
            chartRelationships.Add(new($"rId{chartRelationships.Count + 1}", XlsxRelationship.OfficeType("chart"), $"../charts/chart{_chartCount}.xml"));
        }

        _package.WritePart(drawingPath, XlsxContentTypes.Drawing, DrawingPartBuilder.Build(print, [.. chartRelationships.Select(r => r.Id)], [.. charts.Select(c => ChartDescription.For(c, layout))]));
        _package.WriteRelationships(drawingPath, chartRelationships);
    }

    /// <summary>
    /// Writes a sheet whose rows <paramref name="writeRows"/> streams; it returns the tables it laid out,
    /// which are linked once the rows are written. The <paramref name="frozenRows"/> also repeat on every printed page.
    /// </summary>
    public void AddSheet(string name, IReadOnlyList<double> columnWidths, int frozenRows, bool hasDrawing, IReadOnlyList<int> breaksAfter, Func<WorksheetXmlWriter, IReadOnlyList<TableBlock>> writeRows)
    {
        ArgumentNullException.ThrowIfNull(writeRows);
        _sheetNames.Add(name);
        _titleRows.Add(frozenRows);
        var sheetPath = $"xl/worksheets/sheet{_sheetNames.Count}.xml";
        var relationships = new List<XlsxRelationship>();
        var tables = new List<(TableBlock Block, uint Id)>();
        using (var stream = _package.OpenPart(sheetPath, XlsxContentTypes.Worksheet))
        using (var writer = new WorksheetXmlWriter(stream, Strings, name))
        {
            writer.Begin(columnWidths, frozenRows, selected: _sheetNames.Count == 1);
            foreach (var block in writeRows(writer))
            {
                tables.Add((block, ++_tableCount));
                relationships.Add(new($"rId{relationships.Count + 1}", XlsxRelationship.OfficeType("table"), $"../tables/table{_tableCount}.xml"));
            }

            string? drawingId = null;
            if (hasDrawing)
            {
                drawingId = $"rId{relationships.Count + 1}";
                relationships.Add(new(drawingId, XlsxRelationship.OfficeType("drawing"), $"../drawings/drawing{++_drawingCount}.xml"));
            }

            writer.End(drawingId, [.. relationships.Where(r => r.Id != drawingId).Select(r => r.Id)], breaksAfter);
        }

        foreach (var (block, id) in tables)
        {
            _package.WritePart($"xl/tables/table{id}.xml", XlsxContentTypes.Table, TablePartBuilder.Build(block, id, WorkbookText.Get("TotalRow")));
        }

        if (relationships.Count > 0)
        {
            _package.WriteRelationships(sheetPath, relationships);
        }
    }

    /// <summary>Writes workbook, styles, shared strings and document properties, and closes the package.</summary>
    public void Complete(DateTimeOffset? created)
    {
        var sheets = new Sheets();
        var relationships = new List<XlsxRelationship>();
        for (var i = 0; i < _sheetNames.Count; i++)
        {
            var id = $"rId{i + 1}";
            sheets.Append(new Sheet { Name = _sheetNames[i], SheetId = (uint)(i + 1), Id = id });
            relationships.Add(new(id, XlsxRelationship.OfficeType("worksheet"), $"worksheets/sheet{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml"));
        }

        relationships.Add(new($"rId{relationships.Count + 1}", XlsxRelationship.OfficeType("styles"), "styles.xml"));
        relationships.Add(new($"rId{relationships.Count + 1}", XlsxRelationship.OfficeType("sharedStrings"), "sharedStrings.xml"));

        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        if (PrintTitles() is { } titles)
        {
            workbook.Append(titles);
        }

        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        _package.WritePart("xl/workbook.xml", XlsxContentTypes.Workbook, workbook);
        _package.WriteRelationships("xl/workbook.xml", relationships);
        _package.WritePart("xl/styles.xml", XlsxContentTypes.Styles, WorkbookStylesheet.Build(_options.CellFont));
        _package.WritePart("xl/sharedStrings.xml", XlsxContentTypes.SharedStrings, Strings.WriteTo);
        _package.WriteCoreProperties(WorkbookText.Get("Creator"), WorkbookText.Get("WorkbookTitle"), "ar-SA", created);
        _package.WriteAppProperties("Tarmeem Office");
        _package.Complete("xl/workbook.xml");
    }

    /// <summary>Each sheet's title and header rows, repeated at the top of every printed page (Excel's print titles).</summary>
    private DefinedNames? PrintTitles()
    {
        var names = new DefinedNames();
        for (var i = 0; i < _sheetNames.Count; i++)
        {
            if (_titleRows[i] > 0)
            {
                var last = _titleRows[i].ToString(CultureInfo.InvariantCulture);
                names.Append(new DefinedName($"'{_sheetNames[i].Replace("'", "''", StringComparison.Ordinal)}'!$1:${last}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }

        return names.HasChildren ? names : null;
    }
}
