using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Word.Templates;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>Writes reports from the default templates; the two sample documents are written once per test run.</summary>
internal static class GeneratedReports
{
    public static readonly ReportPeriod Month = ReportPeriod.Month(2026, 10);
    public static readonly ReportPeriod Quarter = ReportPeriod.Quarter(2026, 3);

    private static readonly Lazy<WordReportWriter> Writer = new(() => new WordReportWriter());
    private static readonly Lazy<byte[]> ManagementDocument = new(() => Write(WordSampleReports.Small(Month), ReportKind.Management));
    private static readonly Lazy<byte[]> BoardDocument = new(() => Write(WordSampleReports.Small(Quarter), ReportKind.Board));

    public static byte[] Management => ManagementDocument.Value;

    public static byte[] Board => BoardDocument.Value;

    public static byte[] Template(ReportKind kind)
    {
        using var stream = new MemoryStream();
        DefaultTemplates.Build(kind, stream);
        return stream.ToArray();
    }

    public static byte[] Write(QualityReport report, ReportKind kind, WordReportOptions? options = null, byte[]? template = null, string? templateName = null)
    {
        using var input = new MemoryStream(template ?? Template(kind));
        using var output = new MemoryStream();
        Writer.Value.Write(report, kind, input, templateName ?? DefaultTemplates.FileName(kind), output, options, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>Every XML part of the package as text (body, headers, footers, properties), for searching.</summary>
    public static string AllXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return string.Concat(zip.Entries
            .Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
    }
}
