using DocumentFormat.OpenXml.Spreadsheet;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// The workbook's styles, in the order of <see cref="CellStyle"/>. Numbers stay numbers and get formats:
/// counts <c>#,##0</c>, days/hours/scores <c>0.0</c>, shares <c>0.0%</c>, dates <c>yyyy/mm/dd</c>, months
/// <c>yyyy/mm</c>; changes carry a sign, and changes of shares are shown in percentage points.
/// </summary>
internal static class WorkbookStylesheet
{
    public const string DecimalFormat = "0.0";
    public const string PercentFormat = "0.0%";
    public const string DateFormat = "yyyy/mm/dd";
    public const string MonthYearFormat = "yyyy/mm";
    public const string IntegerChangeFormat = "+#,##0;-#,##0;0";
    public const string DecimalChangeFormat = "+0.0;-0.0;0.0";

    /// <summary>The built-in <c>#,##0</c>.</summary>
    private const uint IntegerFormatId = 3;

    public static string PointsFormat => WorkbookText.Get("NumFmt_Points");

    public static Stylesheet Build(string cellFont)
    {
        string[] custom = [DecimalFormat, PercentFormat, DateFormat, MonthYearFormat, IntegerChangeFormat, DecimalChangeFormat, PointsFormat];
        var numberFormats = new NumberingFormats { Count = (uint)custom.Length };
        for (var i = 0; i < custom.Length; i++)
        {
            numberFormats.Append(new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = custom[i] });
        }

        uint Custom(string format) => (uint)(164 + Array.IndexOf(custom, format));

        var fonts = new Fonts(
            Font(cellFont, 11, bold: false, italic: false, color: null),
            Font(cellFont, 14, bold: true, italic: false, color: "1F3A5F"),
            Font(cellFont, 10, bold: false, italic: true, color: "595959"),
            Font(cellFont, 11, bold: true, italic: false, color: null),
            Font(cellFont, 12, bold: true, italic: false, color: "C0392B"),
            Font(cellFont, 12, bold: true, italic: false, color: "1F3A5F"))
        { Count = 6 };

        // In CellStyle order: (number format, font, wrap, quote prefix).
        (uint Format, uint Font, bool Wrap, bool Quoted)[] styles =
        [
            (0, 0, false, false), // Default
            (0, 1, false, false), // Title
            (0, 2, false, false), // Subtitle
            (0, 3, true, false), // Header
            (IntegerFormatId, 0, false, false),
            (Custom(DecimalFormat), 0, false, false),
            (Custom(PercentFormat), 0, false, false),
            (Custom(DateFormat), 0, false, false),
            (Custom(MonthYearFormat), 0, false, false),
            (Custom(IntegerChangeFormat), 0, false, false),
            (Custom(DecimalChangeFormat), 0, false, false),
            (Custom(PointsFormat), 0, false, false),
            (0, 0, true, false), // Wrapped
            (0, 4, false, false), // Notice
            (0, 5, false, false), // BlockTitle
            (0, 0, false, true), // QuotedText
            (0, 0, true, true), // QuotedWrapped
        ];
        var cellFormats = new CellFormats { Count = (uint)styles.Length };
        foreach (var (format, font, wrap, quoted) in styles)
        {
            var xf = new CellFormat
            {
                NumberFormatId = format,
                FontId = font,
                FillId = 0,
                BorderId = 0,
                FormatId = 0,
                ApplyNumberFormat = format != 0,
                ApplyFont = font != 0,
                QuotePrefix = quoted ? true : null,
            };
            if (wrap)
            {
                xf.ApplyAlignment = true;
                // Right to left by the cell itself: these cells mix Arabic with Latin names (a column, a raw channel),
                // and LibreOffice lays a cell left to right unless told, putting the Latin name first on the right.
                xf.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top, ReadingOrder = 2 });
            }

            cellFormats.Append(xf);
        }

        return new Stylesheet(
            numberFormats,
            fonts,
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(string name, double size, bool bold, bool italic, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = "FF" + color });
        }

        font.Append(new FontName { Val = name }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
