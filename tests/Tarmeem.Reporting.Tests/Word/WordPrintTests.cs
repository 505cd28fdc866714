using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Tests.Printing;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>
/// Both Word reports as printed by LibreOffice: legible on every page, table headers whole, a tagged PDF in
/// Arabic, and the board's recommendations on one page. Needs soffice and poppler-utils (.ci/run installs them).
/// </summary>
public sealed class WordPrintTests
{
    [Theory]
    [InlineData(ReportKind.Management)]
    [InlineData(ReportKind.Board)]
    public async Task Convert_Report_LegibleHeadersWholeTaggedArabic(ReportKind kind)
    {
        var directory = Directory.CreateTempSubdirectory("tarmeem-print-").FullName;
        try
        {
            var docx = Path.Combine(directory, $"{kind}.docx");
            var bytes = GeneratedReports.Write(WordSampleReports.Small(kind == ReportKind.Board ? GeneratedReports.Quarter : GeneratedReports.Month, scale: 40), kind);
            await File.WriteAllBytesAsync(docx, bytes);

            var pdf = await PrintChecks.RenderAsync(docx);

            PrintChecks.AssertLegible(pdf, $"the {kind} report");
            PrintChecks.AssertHeadersWhole(pdf, TableHeadings(bytes), $"the {kind} report");
            PrintChecks.AssertTaggedArabic(pdf, $"the {kind} report");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Convert_BoardReport_RecommendationsPrintOnOnePage()
    {
        var directory = Directory.CreateTempSubdirectory("tarmeem-print-").FullName;
        try
        {
            var docx = Path.Combine(directory, "board.docx");
            await File.WriteAllBytesAsync(docx, GeneratedReports.Board);

            var pdf = await PrintChecks.RenderAsync(docx);

            var evidence = PdfWords.Letters("الشاهد");
            var pages = pdf.Words.Where(w => PdfWords.Letters(w.Text) == evidence).Select(w => w.Page).ToList();
            Assert.True(pages.Count >= 3, $"Expected at least three suggestions with their evidence, found {pages.Count}.");
            Assert.Single(pages.Distinct());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<string> TableHeadings(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == StyleIds.TableHeading)
            .Select(p => p.InnerText)];
    }
}
