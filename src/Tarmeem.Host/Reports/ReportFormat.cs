namespace Tarmeem.Host.Reports;

/// <summary>The document kinds <c>tarmeem report --format</c> can write.</summary>
[Flags]
internal enum ReportFormat
{
    None = 0,
    Xlsx = 1,
    Docx = 2,
    /// <summary>Each document written also converted to PDF through a local LibreOffice.</summary>
    Pdf = 4,
}
