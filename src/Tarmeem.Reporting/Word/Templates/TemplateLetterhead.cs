using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>
/// The letterhead: a header with the association's name, the report title, the issue date (a named
/// place) and the logo; a footer with the fixed note and «صفحة X» (a PAGE field, whose digits follow the section's <c>w:pgNumType</c>; NUMPAGES has no such setting, so it is left out).
/// </summary>
internal static class TemplateLetterhead
{
    public const double HeaderLogoInches = 0.62;

    public static Header Header(HeaderPart part, ReportKind kind, byte[] logo)
    {
        ArgumentNullException.ThrowIfNull(part);
        var name = WordParagraphs.Create(StyleIds.Header, [WordParagraphs.Run(WordText.Get("AssociationName"), bold: true)]);
        var title = new Paragraph(WordParagraphs.Properties(StyleIds.Header));
        title.Append(
            WordParagraphs.Run($"{WordText.Get($"Title_{kind}")} — {WordText.Get("Header_IssuedOn")} "),
            ContentControls.Inline(NamedPlaces.HeaderDate, NamedPlaces.HeaderDate, WordParagraphs.Run(TemplateBlocks.Placeholder(NamedPlaces.HeaderDate))));
        var picture = WordPictures.Inline(part, logo, 1, WordText.Get("Logo_Name"), WordText.Get("Logo_Alt"), HeaderLogoInches, HeaderLogoInches);
        var logoCell = WordParagraphs.Create(StyleIds.Header, [picture], centered: true);

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.PlainTable },
                new BiDiVisual(),
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = "8238" }, new GridColumn { Width = "1400" }),
            new TableRow(
                Cell(8238, name, title),
                Cell(1400, logoCell)));

        var rule = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Header },
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 1, Color = Palette.Accent }),
            new BiDi(),
            new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact }));
        return new Header(table, rule);
    }

    public static Footer Footer(ReportKind kind)
    {
        var note = WordParagraphs.Create(StyleIds.Footer, WordText.Get($"Footer_{kind}"));
        var page = new Paragraph(WordParagraphs.Properties(StyleIds.Footer));
        page.Append(WordParagraphs.Run(WordText.Get("Footer_Page") + " "));
        page.Append(Field("PAGE"));
        return new Footer(note, page);
    }

    /// <summary>An empty header or footer, for the board report's cover page.</summary>
    public static Header EmptyHeader() => new(WordParagraphs.Create(StyleIds.Header, string.Empty));

    public static Footer EmptyFooter() => new(WordParagraphs.Create(StyleIds.Footer, string.Empty));

    private static TableCell Cell(int width, params OpenXmlElement[] content)
    {
        var cell = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
        cell.Append(content);
        return cell;
    }

    // A complex field: Word and LibreOffice compute it on open and when printing; "1" is shown until then.
    private static IEnumerable<Run> Field(string instruction)
    {
        static Run Piece(OpenXmlElement content) => new(new RunProperties(new RightToLeftText()), content);
        return
        [
            Piece(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Piece(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
            Piece(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Piece(new Text("1")),
            Piece(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
    }
}
