using Tarmeem.Host.Reports;

namespace Tarmeem.Host.Cli;

/// <summary>Reads <c>--format xlsx,docx,pdf</c>.</summary>
internal static class ReportFormats
{
    public const string Accepted = "xlsx, docx, pdf";

    public static ReportFormat Parse(string? text)
    {
        var formats = ReportFormat.None;
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToUpperInvariant() switch
            {
                "XLSX" => ReportFormat.Xlsx,
                "DOCX" => ReportFormat.Docx,
                "PDF" => ReportFormat.Pdf,
                _ => throw new CommandInputException($"--format: '{part}' is not a format this build writes. Accepted: {Accepted}."),
            };
        }

        if (formats == ReportFormat.None)
        {
            throw new CommandInputException($"--format: name at least one format. Accepted: {Accepted}.");
        }

        // PDF is a rendering of the Word report, so asking for it alone means the Word report as PDF.
        return formats == ReportFormat.Pdf ? ReportFormat.Pdf | ReportFormat.Docx : formats;
    }
}
