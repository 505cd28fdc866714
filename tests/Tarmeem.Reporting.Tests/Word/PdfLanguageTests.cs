using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tarmeem.Reporting.Tests.Excel;
using Tarmeem.Reporting.Word.Pdf;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>
/// Every PDF declares Arabic in its catalog: the workbook's (LibreOffice writes en-US there) by an incremental
/// update that poppler reads and renders exactly as before, the Word reports' as LibreOffice wrote them.
/// Needs soffice and poppler-utils (.ci/run installs them); missing tools fail the test, never skip it.
/// </summary>
public sealed partial class PdfLanguageTests
{
    [Fact]
    public async Task ConvertAsync_Workbook_CatalogSaysArabicTextAndPagesUnchanged()
    {
        var workbook = WorkbookFiles.Write(SampleReports.Small());
        var pdf = await ConvertAsync(workbook);
        var original = Path.Combine(Path.GetDirectoryName(pdf)!, "as-libreoffice-wrote-it.pdf");
        await File.WriteAllBytesAsync(original, BeforeLastUpdate(await File.ReadAllBytesAsync(pdf)));

        Assert.Equal("en-US", CatalogLanguage(original));
        Assert.Equal("ar-SA", CatalogLanguage(pdf));
        AssertCrossReferenceTableFindsTheCatalog(Raw(pdf));
        Assert.Equal(["en-US", "ar-SA"], Languages(pdf));
        Assert.Contains("Tagged:          yes", Poppler("pdfinfo", pdf), StringComparison.Ordinal);
        Assert.Equal(Poppler("pdfinfo", original).Replace(Size(original), Size(pdf), StringComparison.Ordinal), Poppler("pdfinfo", pdf));
        var text = Poppler("pdftotext", pdf, "-");
        Assert.Contains("ملخص المؤشرات", text, StringComparison.Ordinal);
        Assert.Equal(Poppler("pdftotext", original, "-"), text);
        Assert.Equal(FirstPage(original), FirstPage(pdf));
    }

    [Fact]
    public async Task ConvertAsync_BoardReport_CatalogSaysArabicFileLeftAsWritten()
    {
        var directory = Directory.CreateTempSubdirectory("tarmeem-lang-").FullName;
        var docx = Path.Combine(directory, "board.docx");
        await File.WriteAllBytesAsync(docx, GeneratedReports.Board);

        var pdf = await ConvertAsync(docx);

        Assert.Equal("ar-SA", CatalogLanguage(pdf));
        Assert.Single(Regex.Matches(Raw(pdf), "%%EOF"));
        Assert.Equal(["ar-SA"], Languages(pdf));
        Assert.Contains("Tagged:          yes", Poppler("pdfinfo", pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Declare_CrossReferenceStream_AppendsAStreamPopplerReads()
    {
        var pdf = Path.Combine(Directory.CreateTempSubdirectory("tarmeem-lang-").FullName, "xref-stream.pdf");
        File.WriteAllBytes(pdf, MinimalPdfWithCrossReferenceStream());
        Assert.Equal("en-US", CatalogLanguage(pdf));

        PdfLanguage.Declare(pdf, "ar-SA");

        Assert.Equal("ar-SA", CatalogLanguage(pdf));
        var raw = Raw(pdf);
        var xref = LastStartXref(raw);
        Assert.StartsWith("6 0 obj\n<</Type/XRef/Size 7/W[1 4 2]/Index[1 1 6 1]/Root 1 0 R/Prev ", raw[xref..], StringComparison.Ordinal);
        var entries = raw[(raw.IndexOf("stream\n", xref, StringComparison.Ordinal) + 7)..][..14];
        int Offset(int entry) => (entries[(entry * 7) + 1] << 24) | (entries[(entry * 7) + 2] << 16) | (entries[(entry * 7) + 3] << 8) | entries[(entry * 7) + 4];
        Assert.StartsWith("1 0 obj\n<</Type/Catalog", raw[Offset(0)..], StringComparison.Ordinal);
        Assert.Equal(xref, Offset(1));
        Assert.Contains("Pages:           1", Poppler("pdfinfo", pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Declare_NotAPdf_SaysWhatIsWrong()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("tarmeem-lang-").FullName, "broken.pdf");
        File.WriteAllText(path, "%PDF-1.4\nnothing here\n");

        var error = Assert.Throws<PdfConversionException>(() => PdfLanguage.Declare(path, "ar-SA"));

        Assert.Contains("no startxref", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ConvertAsync(string document)
    {
        Assert.True(PdfConverter.FindSoffice(null) is not null, "LibreOffice (soffice) is not installed. Run .ci/run once: it installs libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils and the Arabic fonts.");
        return await new PdfConverter().ConvertAsync(document, Path.GetDirectoryName(document)!, CancellationToken.None);
    }

    /// <summary>The file as it was before its last incremental update: everything up to the end of the previous <c>%%EOF</c> line.</summary>
    private static byte[] BeforeLastUpdate(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ends = Regex.Matches(text, "%%EOF\r?\n?");
        Assert.True(ends.Count == 2, $"Expected LibreOffice's file plus one update, found {ends.Count} %%EOF markers.");
        return pdf[..(ends[0].Index + ends[0].Length)];
    }

    /// <summary>The /Lang of the catalog in force: the trailer's /Root, in its last written version.</summary>
    private static string? CatalogLanguage(string pdf)
    {
        var raw = Raw(pdf);
        var root = Regex.Matches(raw, @"/Root\s*(\d+) (\d+) R")[^1];
        var header = $"{root.Groups[1].Value} {root.Groups[2].Value} obj";
        var start = raw.LastIndexOf(header, StringComparison.Ordinal);
        var catalog = raw[start..raw.IndexOf("endobj", start, StringComparison.Ordinal)];
        Assert.Contains("/Type/Catalog", catalog, StringComparison.Ordinal);
        var language = Regex.Match(catalog, @"/Lang\(([^)]*)\)");
        return language.Success ? language.Groups[1].Value : null;
    }

    /// <summary>
    /// Poppler forgives a wrong startxref without a word, so the update's own pointers are checked here: startxref
    /// leads to a table whose one entry leads to the catalog object.
    /// </summary>
    private static void AssertCrossReferenceTableFindsTheCatalog(string raw)
    {
        var table = CatalogEntry().Match(raw, LastStartXref(raw));
        Assert.True(table.Success && table.Index == LastStartXref(raw), "The last startxref does not lead to a cross-reference table.");
        var offset = int.Parse(table.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith($"{table.Groups[1].Value} {int.Parse(table.Groups[3].Value, CultureInfo.InvariantCulture)} obj\n<</Type/Catalog", raw[offset..], StringComparison.Ordinal);
    }

    private static int LastStartXref(string raw) =>
        int.Parse(Regex.Matches(raw, @"startxref\s+(\d+)")[^1].Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Every /Lang in the file, in order: the catalog's versions and any structure element's (LibreOffice writes its objects uncompressed).</summary>
    private static string[] Languages(string pdf) => [.. Regex.Matches(Raw(pdf), @"/Lang\(([^)]*)\)").Select(m => m.Groups[1].Value)];

    private static string Raw(string pdf) => Encoding.Latin1.GetString(File.ReadAllBytes(pdf));

    private static string Size(string pdf) => new FileInfo(pdf).Length.ToString(CultureInfo.InvariantCulture) + " bytes";

    /// <summary>The first page rendered by poppler, as image bytes.</summary>
    private static byte[] FirstPage(string pdf)
    {
        var image = Path.ChangeExtension(pdf, null) + "-page";
        Poppler("pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-singlefile", pdf, image);
        return File.ReadAllBytes(image + ".ppm");
    }

    /// <summary>A one-page PDF 1.5 whose cross-reference is a stream (as newer writers make them), declaring English.</summary>
    private static byte[] MinimalPdfWithCrossReferenceStream()
    {
        var text = new StringBuilder("%PDF-1.5\n");
        var offsets = new List<int>();
        foreach (var body in new[]
        {
            "<</Type/Catalog/Pages 2 0 R/Lang(en-US)>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>",
            "<</Length 0>>\nstream\n\nendstream",
        })
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        var xref = text.Length;
        var data = new StringBuilder();
        foreach (var offset in offsets.Prepend(0).Append(xref))
        {
            data.Append(offset == 0 ? '\0' : '\u0001').Append((char)(offset >> 8)).Append((char)(offset & 0xFF)).Append('\0');
        }

        text.Append(CultureInfo.InvariantCulture, $"5 0 obj\n<</Type/XRef/Size 6/W[1 2 1]/Root 1 0 R/Length {data.Length}>>\nstream\n{data}\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>Runs a poppler tool and returns what it printed; it must succeed and complain of nothing.</summary>
    private static string Poppler(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && errors.Length == 0, $"{program} exited with {process.ExitCode}: {errors}");
        return output.Result;
    }

    [GeneratedRegex(@"xref\n(\d+) 1\n(\d{10}) (\d{5}) n \n")]
    private static partial Regex CatalogEntry();
}
