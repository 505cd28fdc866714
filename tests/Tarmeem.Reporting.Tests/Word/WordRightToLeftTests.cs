using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Tarmeem.Reporting.Tests.Word;

public sealed class WordRightToLeftTests
{
    [Theory]
    [InlineData(ReportKind.Management)]
    [InlineData(ReportKind.Board)]
    public void Write_EveryLayer_IsMarkedRightToLeft(ReportKind kind)
    {
        using var document = Open(kind);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;

        var section = Assert.Single(body.Elements<SectionProperties>());
        Assert.NotNull(section.GetFirstChild<BiDi>());

        IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> roots =
            [body, .. main.HeaderParts.Select(h => h.Header!), .. main.FooterParts.Select(f => f.Footer!)];
        var paragraphs = roots.SelectMany(r => r.Descendants<Paragraph>()).ToList();
        Assert.True(paragraphs.Count > 50, $"only {paragraphs.Count} paragraphs");
        var notRtl = paragraphs.Where(p => !DocxText.IsRightToLeft(p)).Select(DocxText.Line).ToList();
        Assert.True(notRtl.Count == 0, "Paragraphs without w:bidi, or with an Arabic run without w:rtl:\n" + string.Join('\n', notRtl));

        var tables = roots.SelectMany(r => r.Descendants<Table>()).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.NotNull(t.GetFirstChild<TableProperties>()?.GetFirstChild<BiDiVisual>()));

        var arabicRuns = body.Descendants<Run>().Count(r => r.RunProperties?.RightToLeftText is not null);
        Assert.True(arabicRuns > 100, $"only {arabicRuns} runs carry w:rtl");
    }

    [Fact]
    public void Template_Styles_NameComplexScriptFontAndSizeAndBoldForArabic()
    {
        using var document = Open(ReportKind.Board);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.False(string.IsNullOrEmpty(defaults.RunFonts?.ComplexScript?.Value));
        Assert.NotNull(defaults.FontSizeComplexScript);
        Assert.Equal("ar-SA", defaults.Languages?.Bidi?.Value);

        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.NotNull(heading.StyleRunProperties?.BoldComplexScript);
        Assert.False(string.IsNullOrEmpty(heading.StyleRunProperties?.RunFonts?.ComplexScript?.Value));
        Assert.NotNull(heading.StyleRunProperties?.FontSizeComplexScript);
        Assert.NotNull(heading.StyleParagraphProperties?.BiDi);
    }

    [Fact]
    public void Write_BoldGeneratedText_CarriesComplexScriptBold()
    {
        using var document = Open(ReportKind.Management);

        var boldRuns = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Where(r => r.RunProperties?.Bold is not null).ToList();

        Assert.NotEmpty(boldRuns);
        Assert.All(boldRuns, r => Assert.NotNull(r.RunProperties!.BoldComplexScript));
    }

    [Fact]
    public void Write_Footer_HoldsPageFieldWithArabicIndicPageNumbers()
    {
        using var document = Open(ReportKind.Board);
        var main = document.MainDocumentPart!;

        var codes = main.FooterParts.SelectMany(f => f.Footer!.Descendants<FieldCode>()).Select(c => c.Text.Trim()).ToList();
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();

        Assert.Contains("PAGE", codes);
        Assert.Equal(NumberFormatValues.HindiNumbers, section.GetFirstChild<PageNumberType>()?.Format?.Value);
    }

    [Theory]
    [InlineData(ReportKind.Management, 5)]
    [InlineData(ReportKind.Board, 5)]
    public void Write_Charts_AreEmbeddedAtPrintSizeWithArabicAltText(ReportKind kind, int expectedCharts)
    {
        using var document = Open(kind);
        var main = document.MainDocumentPart!;
        var options = new WordReportOptions();

        var charts = main.Document!.Body!.Descendants<Wp.Inline>().ToList();

        Assert.Equal(expectedCharts, charts.Count(c => c.DocProperties!.Name!.Value != "شعار الجمعية"));
        foreach (var chart in charts.Where(c => c.DocProperties!.Name!.Value != "شعار الجمعية"))
        {
            Assert.Contains(chart.DocProperties!.Description!.Value!, c => c is >= '\u0600' and <= '\u06FF');
            var inches = chart.Extent!.Cx!.Value / 914400.0;
            Assert.Equal(options.ChartSize.WidthInches, inches, 3);
            var blip = chart.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            using var png = main.GetPartById(blip.Embed!.Value!).GetStream();
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            Assert.True(bitmap.Width / inches >= 200, $"{bitmap.Width} px over {inches} in is under 200 dpi");
        }
    }

    private static WordprocessingDocument Open(ReportKind kind) =>
        WordprocessingDocument.Open(new MemoryStream(kind == ReportKind.Board ? GeneratedReports.Board : GeneratedReports.Management), false);
}
