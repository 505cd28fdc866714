using System.Text;
using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Word.Pdf;

/// <summary>
/// What LibreOffice is told for one conversion: the export filter with its options (tagged, PDF/UA), and
/// the throw-away profile's numeral setting.
/// </summary>
internal static class PdfProfile
{
    /// <summary>Tagged PDF and PDF/UA: the structure tree, alt texts and the document language reach the PDF.</summary>
    private const string AccessibleOptions =
        "{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    /// <summary>The <c>--convert-to</c> argument: the Writer or Calc PDF filter, by the input's extension.</summary>
    public static string ConvertTo(string input)
    {
        var filter = IsSpreadsheet(input) ? "calc_pdf_Export" : "writer_pdf_Export";
        return $"pdf:{filter}:{AccessibleOptions}";
    }

    private static bool IsSpreadsheet(string input)
    {
        var extension = Path.GetExtension(input);
        return extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ods", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Writes the profile's settings before LibreOffice first starts in it. LibreOffice ignores the page number
    /// format of a .docx section (<c>w:pgNumType w:fmt="hindiNumbers"</c>, which Word honours) and prints Latin
    /// digits; with numerals "by context" it prints the digits of Arabic text, the page number included, in
    /// Arabic-Indic, and leaves digits in Latin text (case numbers such as TRM-2026-000123) as they are.
    /// Latin-digit reports keep LibreOffice's default, so their digits stay Latin everywhere, and so does
    /// the workbook, whose titles carry Latin digits on purpose (Excel keeps numbers as numbers).
    /// </summary>
    public static void Prepare(string profile, string input, ChartDigits digits)
    {
        if (digits != ChartDigits.ArabicIndic || IsSpreadsheet(input))
        {
            return;
        }

        var user = Path.Combine(profile, "user");
        Directory.CreateDirectory(user);
        const string settings = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" oor:op="fuse"><value>3</value></prop></item>
            </oor:items>
            """;
        File.WriteAllText(Path.Combine(user, "registrymodifications.xcu"), settings, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
