using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Figures;
using Tarmeem.Reporting.Word.Filling;
using Tarmeem.Reporting.Word.Markup;
using Tarmeem.Reporting.Word.Sections;
using Tarmeem.Reporting.Word.Templates;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word;

/// <summary>
/// Writes the Arabic Word reports: opens a copy of the template, fills its named places (content controls)
/// from a <see cref="QualityReport"/> and keeps everything else of it — letterhead, styles, fixed wording.
/// Create one and keep it: it holds the chart renderers (one per digit form). Thread-safe.
/// </summary>
public sealed class WordReportWriter : IDisposable
{
    private readonly ChartRendererOptions chartOptions;
    private readonly Dictionary<ChartDigits, ChartRenderer> renderers = [];
    private readonly Lock gate = new();

    /// <param name="chartOptions">Chart font settings; its digits are ignored in favour of <see cref="WordReportOptions.Digits"/>.</param>
    public WordReportWriter(ChartRendererOptions? chartOptions = null)
    {
        this.chartOptions = chartOptions ?? new ChartRendererOptions();
    }

    /// <summary>Writes the report of <paramref name="kind"/> from the template file at <paramref name="templatePath"/>.</summary>
    /// <exception cref="FileNotFoundException">The template file does not exist.</exception>
    /// <exception cref="TemplatePlaceMissingException">The template lacks a named place of this kind.</exception>
    public void Write(QualityReport report, ReportKind kind, string templatePath, Stream output, WordReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templatePath);
        if (!File.Exists(templatePath))
        {
            throw new FileNotFoundException(
                $"The Word template '{templatePath}' does not exist. Point the report at templates/{DefaultTemplates.FileName(kind)} or regenerate it with `tarmeem templates --out templates/`.",
                templatePath);
        }

        using var template = File.OpenRead(templatePath);
        Write(report, kind, template, templatePath, output, options, cancellationToken);
    }

    /// <summary>Writes the report of <paramref name="kind"/> from a template read from <paramref name="template"/>.</summary>
    /// <param name="templateName">How errors name the template (its file name or path).</param>
    public void Write(QualityReport report, ReportKind kind, Stream template, string templateName, Stream output, WordReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        options ??= new WordReportOptions();

        using var buffer = new MemoryStream();
        template.CopyTo(buffer);
        buffer.Position = 0;
        using (var document = Open(buffer, templateName))
        {
            var places = new TemplatePlaces(document, templateName);
            places.Require(NamedPlaces.For(kind));
            var context = new SectionContext(report, kind, new WordNumbers(options.Digits), options);
            var main = document.MainDocumentPart!;
            var pictures = new ChartPictures(Renderer(options.Digits), main, options.ChartSize, WordPictures.MaxPictureId(document) + 1);
            ReportComposer.Fill(places, context, pictures, cancellationToken);
            PageNumbering.Apply(document, options.Digits);
            DocumentLanguage.Apply(document);
            DocumentHygiene.Apply(document, $"{context.Text($"Title_{kind}")} — {context.PeriodName}", report.GeneratedAt);
        }

        cancellationToken.ThrowIfCancellationRequested();
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var renderer in renderers.Values)
            {
                renderer.Dispose();
            }

            renderers.Clear();
        }
    }

    private ChartRenderer Renderer(ChartDigits digits)
    {
        lock (gate)
        {
            if (!renderers.TryGetValue(digits, out var renderer))
            {
                renderer = new ChartRenderer(new ChartRendererOptions
                {
                    FontFilePath = chartOptions.FontFilePath,
                    BoldFontFilePath = chartOptions.BoldFontFilePath,
                    Digits = digits,
                });
                renderers[digits] = renderer;
            }

            return renderer;
        }
    }

    private static WordprocessingDocument Open(MemoryStream buffer, string templateName)
    {
        try
        {
            return WordprocessingDocument.Open(buffer, isEditable: true);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new InvalidDataException(
                $"The Word template '{templateName}' is not a readable .docx file ({ex.Message}). Save it from Word as \"Word Document (*.docx)\", or regenerate the defaults with `tarmeem templates --out templates/`.",
                ex);
        }
    }
}
