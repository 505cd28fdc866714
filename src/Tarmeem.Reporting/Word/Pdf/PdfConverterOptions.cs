using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Word.Pdf;

/// <summary>Settings for <see cref="PdfConverter"/>.</summary>
public sealed class PdfConverterOptions
{
    /// <summary>The LibreOffice executable; found on the PATH (soffice, libreoffice) or in the usual install folders when unset.</summary>
    public string? SofficePath { get; set; }

    /// <summary>How long one conversion may take before LibreOffice is stopped (first start of a fresh profile takes a few seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The reports' digits; with Arabic-Indic, LibreOffice also prints the page numbers in Arabic-Indic.</summary>
    public ChartDigits Digits { get; set; } = ChartDigits.ArabicIndic;
}
