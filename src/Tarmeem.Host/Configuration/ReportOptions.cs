namespace Tarmeem.Host.Configuration;

/// <summary>Section <c>Tarmeem:Reports</c>: what the reports measure against and where they go.</summary>
internal sealed class ReportOptions
{
    /// <summary>Where <c>tarmeem report</c> writes documents unless <c>--out</c> says otherwise.</summary>
    public string OutputDirectory { get; set; } = "reports";

    /// <summary>
    /// The decision standard: receipt to committee decision, in calendar days. The policy promises an answer
    /// over two weeks; the association measures itself against 14 days.
    /// </summary>
    public int DecisionStandardDays { get; set; } = 14;

    /// <summary>
    /// The folder of the Word templates staff may edit (<c>management-report.docx</c>, <c>board-report.docx</c>).
    /// Empty means the copies shipped beside the program.
    /// </summary>
    public string TemplatesDirectory { get; set; } = string.Empty;

    /// <summary><c>ArabicIndic</c> (٠١٢٣, the default in Word reports) or <c>Latin</c> (0123).</summary>
    public string Digits { get; set; } = "ArabicIndic";

    /// <summary>The LibreOffice program for PDF; empty means <c>soffice</c> on the PATH.</summary>
    public string SofficePath { get; set; } = string.Empty;

    /// <summary>How long one PDF conversion may take before it is abandoned.</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
