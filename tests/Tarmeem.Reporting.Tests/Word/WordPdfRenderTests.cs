using System.Diagnostics;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Word.Pdf;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>LibreOffice opens both reports and prints them; the PDF text holds the Arabic headings in reading order.</summary>
public sealed class WordPdfRenderTests
{
    private const string NoSoffice = "LibreOffice (soffice) is not installed, so the Word reports cannot be rendered. Run .ci/run once: it installs libreoffice-writer-nogui, poppler-utils and the Arabic fonts.";

    [Theory]
    [InlineData(ReportKind.Management, new[] { "التقرير الشهري لجودة الخدمة", "المؤشرات الرئيسية", "استخدام قنوات التواصل", "أزمنة الاستجابة", "رضا المستفيدين", "ملاحظات المستفيدين", "جودة الإجراءات", "جودة البيانات" })]
    [InlineData(ReportKind.Board, new[] { "تقرير جودة الخدمة لمجلس الإدارة", "الملخص التنفيذي", "المؤشرات الرئيسية", "الالتزام بمعيار مدة القرار", "رضا المستفيدين", "توزيع قنوات التواصل", "التوصيات" })]
    public async Task ConvertAsync_Report_PdfTextHasTheHeadingsInOrder(ReportKind kind, string[] headings)
    {
        Assert.True(PdfConverter.FindSoffice(null) is not null, NoSoffice);
        var directory = Directory.CreateTempSubdirectory("tarmeem-word-").FullName;
        try
        {
            var docx = Path.Combine(directory, $"{kind}.docx");
            await File.WriteAllBytesAsync(docx, kind == ReportKind.Board ? GeneratedReports.Board : GeneratedReports.Management);

            var pdf = await new PdfConverter().ConvertAsync(docx, directory, CancellationToken.None);
            var text = Normalize(PdfText(pdf));
            headings = [.. headings.Select(Normalize)];

            var position = 0;
            foreach (var heading in headings)
            {
                var found = text.IndexOf(heading, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"«{heading}» not found after position {position} in the PDF text of the {kind} report.");
                position = found + heading.Length;
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ConvertAsync_SofficeMissing_NamesTheDebianPackages()
    {
        var converter = new PdfConverter(new PdfConverterOptions { SofficePath = "/nonexistent/soffice" });
        var input = Path.Combine(Path.GetTempPath(), $"tarmeem-{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(input, GeneratedReports.Template(ReportKind.Board));
        try
        {
            var error = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertAsync(input, Path.GetTempPath(), CancellationToken.None));

            Assert.Contains("libreoffice-writer-nogui", error.Message, StringComparison.Ordinal);
            Assert.Contains("libreoffice-calc-nogui", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("pdftotext is not installed; run .ci/run once (it installs poppler-utils).", ex);
        }

        using var started = process;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    // pdftotext wraps Arabic in embedding marks, splits off diacritics, and reads the lam-alef ligature of the
    // heading font back as alef-lam («ملاحظات» → «مالحظات»): both sides are compared without these differences.
    private static string Normalize(string text) =>
        new string([.. text.Where(c => c is not ('\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or (>= '\u064B' and <= '\u0652')))])
            .Replace("لا", "ال", StringComparison.Ordinal);
}
