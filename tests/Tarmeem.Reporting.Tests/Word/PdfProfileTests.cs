using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Word.Pdf;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>What LibreOffice is told: tagged PDF/UA for both kinds of file, Arabic-Indic numerals by context for Word reports only.</summary>
public sealed class PdfProfileTests
{
    [Theory]
    [InlineData("report.docx", "writer_pdf_Export")]
    [InlineData("quality.xlsx", "calc_pdf_Export")]
    public void ConvertTo_EitherKind_AsksForTaggedPdfUa(string file, string filter)
    {
        var argument = PdfProfile.ConvertTo(file);

        Assert.StartsWith($"pdf:{filter}:{{", argument, StringComparison.Ordinal);
        Assert.Contains("\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}", argument, StringComparison.Ordinal);
        Assert.Contains("\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}", argument, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.docx", ChartDigits.ArabicIndic, true)]
    [InlineData("report.docx", ChartDigits.Latin, false)]
    [InlineData("quality.xlsx", ChartDigits.ArabicIndic, false)]
    public void Prepare_WordReportInArabicIndic_SetsNumeralsByContext(string file, ChartDigits digits, bool expected)
    {
        var profile = Directory.CreateTempSubdirectory("tarmeem-profile-").FullName;
        try
        {
            PdfProfile.Prepare(profile, file, digits);

            var settings = Path.Combine(profile, "user", "registrymodifications.xcu");
            Assert.Equal(expected, File.Exists(settings));
            if (expected)
            {
                Assert.Contains("<prop oor:name=\"CTLTextNumerals\" oor:op=\"fuse\"><value>3</value></prop>", File.ReadAllText(settings), StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
