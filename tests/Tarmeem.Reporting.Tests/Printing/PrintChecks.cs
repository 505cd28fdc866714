using Tarmeem.Reporting.Word.Pdf;

namespace Tarmeem.Reporting.Tests.Printing;

/// <summary>What every printed page must satisfy, checked on LibreOffice's PDF.</summary>
internal static class PrintChecks
{
    /// <summary>The smallest legible print: a word box of 6 pt.</summary>
    public const double MinimumTextPoints = 6;

    private static readonly string Article = PdfWords.Letters("ال");

    public static async Task<PdfWords> RenderAsync(string document)
    {
        Assert.True(PdfConverter.FindSoffice(null) is not null, "LibreOffice (soffice) is not installed. Run .ci/run once: it installs libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils and the Arabic fonts.");
        var pdf = await new PdfConverter().ConvertAsync(document, Path.GetDirectoryName(document)!, CancellationToken.None);
        return PdfWords.Read(pdf);
    }

    public static void AssertLegible(PdfWords pdf, string what)
    {
        Assert.True(pdf.Pages > 0, $"The PDF of {what} has no text.");
        var small = pdf.Words
            .GroupBy(w => w.Page)
            .Select(page => page.MinBy(w => w.Height)!)
            .Where(w => w.Height < MinimumTextPoints)
            .ToList();
        Assert.True(small.Count == 0, $"Text smaller than {MinimumTextPoints} pt in {what}: " + string.Join("; ", small.Select(w => $"page {w.Page}: «{w.Text}» {w.Height:0.0} pt")));
    }

    /// <summary>
    /// No header word is broken over two lines: no printed word sits just above another in the same column
    /// such that the two hold exactly the letters of a header word (as «الاستفسارا» over «ت» would).
    /// </summary>
    public static void AssertHeadersWhole(PdfWords pdf, IEnumerable<string> headers, string what)
    {
        var words = headers
            .SelectMany(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(PdfWords.Letters)
            .Where(w => w.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var page in pdf.Words.GroupBy(w => w.Page))
        {
            // «لا» (no) reads back with the letters of the article «ال»; no column is so narrow that a break falls after «ال».
            var printed = page.Select(w => (Word: w, Letters: PdfWords.Letters(w.Text))).Where(w => w.Letters.Length > 0 && w.Letters != Article).ToList();
            foreach (var (upper, upperLetters) in printed)
            {
                foreach (var (lower, lowerLetters) in printed.Where(p => upper.IsAbove(p.Word)))
                {
                    var joined = string.Concat((upperLetters + lowerLetters).Order());
                    if (words.Contains(joined))
                    {
                        broken.Add($"page {page.Key}: «{upper.Text}» over «{lower.Text}»");
                    }
                }
            }
        }

        Assert.True(broken.Count == 0, $"Header words broken over two lines in {what}: {string.Join("; ", broken)}");
    }

    public static void AssertTaggedArabic(PdfWords pdf, string what)
    {
        Assert.Contains("Tagged:          yes", pdf.Info, StringComparison.Ordinal);
        Assert.True(pdf.Raw.Contains("/Lang(ar-SA)", StringComparison.Ordinal), $"The PDF of {what} does not declare Arabic (/Lang(ar-SA)).");
    }
}
