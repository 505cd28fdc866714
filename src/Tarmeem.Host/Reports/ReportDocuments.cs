using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Excel;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Word.Pdf;
using Tarmeem.Reporting.Word.Templates;
using Tarmeem.Reporting.Word.Themes;

namespace Tarmeem.Host.Reports;

/// <summary>
/// Writes a computed report in the asked formats. Each file is written beside its final name and moved
/// into place when complete, so a reader (or a delivery job) never sees half a document.
/// </summary>
internal sealed class ReportDocuments(IOptions<TarmeemOptions> options, ILogger<ReportDocuments> logger)
{
    public async Task<IReadOnlyList<string>> WriteAsync(
        QualityReport report, ReportFormat formats, ReportPlan plan, string outputDirectory, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        var kind = plan.Kind;
        ArgumentNullException.ThrowIfNull(progress);
        Directory.CreateDirectory(outputDirectory);
        var settings = options.Value.Reports;
        var files = new List<string>();

        if (formats.HasFlag(ReportFormat.Xlsx))
        {
            files.Add(Write(plan.FileName("quality", "xlsx"), outputDirectory, progress,
                stream => QualityWorkbookWriter.Write(report, stream, WorkbookOptions.Default, cancellationToken)));
        }

        if (formats.HasFlag(ReportFormat.Docx))
        {
            var template = TemplatePath(settings, kind);
            var themesPath = Path.Combine(Path.GetDirectoryName(template)!, CommentThemes.FileName);
            var themes = File.Exists(themesPath) ? CommentThemes.Load(themesPath) : null;
            var digits = Enum.Parse<ChartDigits>(settings.Digits, ignoreCase: true);
            using var writer = new WordReportWriter(new ChartRendererOptions { Digits = digits });
            files.Add(Write(plan.FileName(ReportPlan.KindName(kind), "docx"), outputDirectory, progress,
                stream => writer.Write(report, kind, template, stream, new WordReportOptions { Digits = digits, CommentThemes = themes }, cancellationToken)));
        }

        if (formats.HasFlag(ReportFormat.Pdf))
        {
            var converter = new PdfConverter(new PdfConverterOptions
            {
                SofficePath = string.IsNullOrWhiteSpace(settings.SofficePath) ? null : settings.SofficePath,
                Timeout = settings.PdfTimeout,
                Digits = Enum.Parse<ChartDigits>(settings.Digits, ignoreCase: true),
            });
            foreach (var document in files.ToList())
            {
                progress.Report($"Converting {Path.GetFileName(document)} to PDF with LibreOffice …");
                var stopwatch = Stopwatch.StartNew();
                var pdf = await converter.ConvertAsync(document, outputDirectory, cancellationToken);
                ReportLog.Wrote(logger, pdf, stopwatch.ElapsedMilliseconds);
                files.Add(pdf);
            }
        }

        return files;
    }

    private static string TemplatePath(ReportOptions settings, ReportKind kind)
    {
        var directory = string.IsNullOrWhiteSpace(settings.TemplatesDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "templates")
            : settings.TemplatesDirectory;
        return Path.GetFullPath(Path.Combine(directory, DefaultTemplates.FileName(kind)));
    }

    private string Write(string fileName, string outputDirectory, IProgress<string> progress, Action<Stream> write)
    {
        var path = Path.GetFullPath(Path.Combine(outputDirectory, fileName));
        progress.Report($"Writing {path} …");
        var stopwatch = Stopwatch.StartNew();
        var partial = path + ".partial";
        try
        {
            using (var stream = File.Create(partial))
            {
                write(stream);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        ReportLog.Wrote(logger, path, stopwatch.ElapsedMilliseconds);
        return path;
    }
}
