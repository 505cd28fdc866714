using System.Globalization;
using System.Xml;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Emits one worksheet's SpreadsheetML row by row with a plain <see cref="XmlWriter"/>, so a sheet of a
/// million rows costs no more memory than one of ten. Rows carry their number; cells carry none (optional in
/// the format, and writing them costs size and time), so every position is written, empty ones included.
/// Text goes out as a shared or inline string, never as a formula.
/// </summary>
internal sealed class WorksheetXmlWriter : IDisposable
{
    /// <summary>Excel's last row.</summary>
    public const int MaxRows = 1_048_576;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly string[] StyleIds = [.. Enumerable.Range(0, Enum.GetValues<CellStyle>().Length).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private readonly XmlWriter _writer;
    private readonly SharedStringTable _strings;
    private readonly string _sheetName;

    /// <summary>Room for any double in round-trip form (at most 24 characters).</summary>
    private readonly char[] _number = new char[32];
    private bool _inRow;

    public WorksheetXmlWriter(Stream stream, SharedStringTable strings, string sheetName)
    {
        _writer = XlsxPackageWriter.CreateXmlWriter(stream);
        _strings = strings;
        _sheetName = sheetName;
    }

    public int RowCount { get; private set; }

    public static void WriteTextElement(XmlWriter writer, string text)
    {
        writer.WriteStartElement("t", Main);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            writer.WriteAttributeString("xml", "space", null, "preserve");
        }

        writer.WriteString(text);
        writer.WriteEndElement();
    }

    /// <summary>Opens the sheet: right-to-left view, rows above <paramref name="frozenRows"/> frozen, column widths.</summary>
    public void Begin(IReadOnlyList<double> columnWidths, int frozenRows, bool selected)
    {
        _writer.WriteStartDocument(standalone: true);
        _writer.WriteStartElement("worksheet", Main);
        _writer.WriteAttributeString("xmlns", "r", null, Relationships);

        _writer.WriteStartElement("sheetPr", Main);
        _writer.WriteStartElement("pageSetUpPr", Main);
        _writer.WriteAttributeString("fitToPage", "1");
        _writer.WriteEndElement();
        _writer.WriteEndElement();

        _writer.WriteStartElement("sheetViews", Main);
        _writer.WriteStartElement("sheetView", Main);
        if (selected)
        {
            _writer.WriteAttributeString("tabSelected", "1");
        }

        _writer.WriteAttributeString("rightToLeft", "1");
        _writer.WriteAttributeString("workbookViewId", "0");
        if (frozenRows > 0)
        {
            var topLeft = "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture);
            _writer.WriteStartElement("pane", Main);
            _writer.WriteAttributeString("ySplit", frozenRows.ToString(CultureInfo.InvariantCulture));
            _writer.WriteAttributeString("topLeftCell", topLeft);
            _writer.WriteAttributeString("activePane", "bottomLeft");
            _writer.WriteAttributeString("state", "frozen");
            _writer.WriteEndElement();
            _writer.WriteStartElement("selection", Main);
            _writer.WriteAttributeString("pane", "bottomLeft");
            _writer.WriteAttributeString("activeCell", topLeft);
            _writer.WriteAttributeString("sqref", topLeft);
            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
        _writer.WriteEndElement();

        _writer.WriteStartElement("sheetFormatPr", Main);
        _writer.WriteAttributeString("defaultRowHeight", "15");
        _writer.WriteEndElement();

        if (columnWidths.Count > 0)
        {
            _writer.WriteStartElement("cols", Main);
            for (var i = 0; i < columnWidths.Count; i++)
            {
                var index = (i + 1).ToString(CultureInfo.InvariantCulture);
                _writer.WriteStartElement("col", Main);
                _writer.WriteAttributeString("min", index);
                _writer.WriteAttributeString("max", index);
                _writer.WriteAttributeString("width", columnWidths[i].ToString(CultureInfo.InvariantCulture));
                _writer.WriteAttributeString("customWidth", "1");
                _writer.WriteEndElement();
            }

            _writer.WriteEndElement();
        }

        _writer.WriteStartElement("sheetData", Main);
    }

    /// <param name="height">Points; null lets the row take the default height.</param>
    public void StartRow(double? height = null)
    {
        if (RowCount == MaxRows)
        {
            throw new InvalidOperationException(
                $"Sheet «{_sheetName}» would need more than Excel's {MaxRows:N0} rows. Report a shorter period or export the rows in parts.");
        }

        EndRowIfOpen();
        RowCount++;
        _writer.WriteStartElement("row", Main);
        _writer.WriteAttributeString("r", RowCount.ToString(CultureInfo.InvariantCulture));
        if (height is { } points)
        {
            _writer.WriteAttributeString("ht", points.ToString(CultureInfo.InvariantCulture));
            _writer.WriteAttributeString("customHeight", "1");
        }

        _inRow = true;
    }

    /// <param name="height">Points, for a header row that needs room for its wrapped headers (LibreOffice does not grow rows itself).</param>
    public void WriteRow(IReadOnlyList<Cell> cells, double? height = null)
    {
        StartRow(height);
        foreach (var cell in cells)
        {
            WriteCell(cell);
        }
    }

    public void WriteCell(in Cell cell)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                WriteNumber(cell.Number, cell.Style);
                break;
            case CellKind.Text:
                WriteText(cell.Text!, cell.Style);
                break;
            default:
                WriteEmpty(cell.Style);
                break;
        }
    }

    public void WriteNumber(double value, CellStyle style)
    {
        StartCell(style, type: null);
        _writer.WriteStartElement("v", Main);

        // Formatted into a reused buffer: a string per number is most of the case sheet's garbage.
        if (!value.TryFormat(_number, out var length, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"The number {value} does not fit the cell buffer.");
        }

        _writer.WriteChars(_number, 0, length);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    /// <summary>A shared string already in the table (the caller caches indexes of repeated labels).</summary>
    public void WriteShared(int index, CellStyle style)
    {
        _strings.CountReference();
        StartCell(style, "s");
        _writer.WriteStartElement("v", Main);
        index.TryFormat(_number, out var length, provider: CultureInfo.InvariantCulture);
        _writer.WriteChars(_number, 0, length);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    /// <summary>Text as a shared string, sanitized, in the quoted twin of its style when it needs one.</summary>
    public void WriteText(string text, CellStyle style)
    {
        var sanitized = SpreadsheetText.Sanitize(text);
        WriteShared(_strings.Index(sanitized), SpreadsheetText.StyleFor(sanitized, style));
    }

    /// <summary>An inline string, for values that never repeat (case numbers): no table entry to keep.</summary>
    public void WriteInline(string text, CellStyle style)
    {
        var sanitized = SpreadsheetText.Sanitize(text);
        StartCell(SpreadsheetText.StyleFor(sanitized, style), "inlineStr");
        _writer.WriteStartElement("is", Main);
        WriteTextElement(_writer, sanitized);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    public void WriteEmpty(CellStyle style)
    {
        StartCell(style, type: null);
        _writer.WriteEndElement();
    }

    /// <summary>
    /// Closes the sheet data, sets how it prints (A4 landscape, fitted to the page width and as many pages
    /// down as it takes, page numbers in the footer, <paramref name="breaksAfter"/> as manual page breaks) and
    /// links the sheet's drawing and tables by their relationship ids.
    /// </summary>
    public void End(string? drawingRelationshipId, IReadOnlyList<string> tableRelationshipIds, IReadOnlyList<int> breaksAfter)
    {
        ArgumentNullException.ThrowIfNull(breaksAfter);
        EndRowIfOpen();
        _writer.WriteEndElement();

        _writer.WriteStartElement("pageMargins", Main);
        foreach (var (name, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
        {
            _writer.WriteAttributeString(name, value);
        }

        _writer.WriteEndElement();
        _writer.WriteStartElement("pageSetup", Main);
        _writer.WriteAttributeString("paperSize", "9");
        _writer.WriteAttributeString("fitToWidth", "1");
        _writer.WriteAttributeString("fitToHeight", "0");
        _writer.WriteAttributeString("orientation", "landscape");
        _writer.WriteEndElement();

        _writer.WriteStartElement("headerFooter", Main);
        _writer.WriteElementString("oddFooter", Main, WorkbookText.Get("PrintFooter"));
        _writer.WriteEndElement();

        if (breaksAfter.Count > 0)
        {
            var count = breaksAfter.Count.ToString(CultureInfo.InvariantCulture);
            _writer.WriteStartElement("rowBreaks", Main);
            _writer.WriteAttributeString("count", count);
            _writer.WriteAttributeString("manualBreakCount", count);
            foreach (var row in breaksAfter)
            {
                _writer.WriteStartElement("brk", Main);
                _writer.WriteAttributeString("id", row.ToString(CultureInfo.InvariantCulture));
                _writer.WriteAttributeString("max", "16383");
                _writer.WriteAttributeString("man", "1");
                _writer.WriteEndElement();
            }

            _writer.WriteEndElement();
        }

        if (drawingRelationshipId is not null)
        {
            _writer.WriteStartElement("drawing", Main);
            _writer.WriteAttributeString("id", Relationships, drawingRelationshipId);
            _writer.WriteEndElement();
        }

        if (tableRelationshipIds.Count > 0)
        {
            _writer.WriteStartElement("tableParts", Main);
            _writer.WriteAttributeString("count", tableRelationshipIds.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var id in tableRelationshipIds)
            {
                _writer.WriteStartElement("tablePart", Main);
                _writer.WriteAttributeString("id", Relationships, id);
                _writer.WriteEndElement();
            }

            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
        _writer.WriteEndDocument();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void StartCell(CellStyle style, string? type)
    {
        _writer.WriteStartElement("c", Main);
        if (style != CellStyle.Default)
        {
            _writer.WriteAttributeString("s", StyleIds[(int)style]);
        }

        if (type is not null)
        {
            _writer.WriteAttributeString("t", type);
        }
    }

    private void EndRowIfOpen()
    {
        if (_inRow)
        {
            _writer.WriteEndElement();
            _inRow = false;
        }
    }
}
