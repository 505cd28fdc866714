using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Templates;

/// <summary>
/// Builds the default Word templates (templates/management-report.docx and templates/board-report.docx):
/// letterhead, styles, fixed wording and the named places. The generated files are committed; staff then
/// edit them in Word. Regenerate with <see cref="WriteAll"/> (the CLI's <c>tarmeem templates --out templates/</c>).
/// </summary>
public static class DefaultTemplates
{
    public static string FileName(ReportKind kind) => kind switch
    {
        ReportKind.Management => "management-report.docx",
        ReportKind.Board => "board-report.docx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown report kind."),
    };

    /// <summary>Writes both templates into <paramref name="directory"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var kind in new[] { ReportKind.Management, ReportKind.Board })
        {
            var path = Path.Combine(directory, FileName(kind));
            using (var file = File.Create(path))
            {
                Build(kind, file);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Writes the default template of <paramref name="kind"/> to <paramref name="output"/>.</summary>
    public static void Build(ReportKind kind, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var logo = LogoImage.Png();
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = TemplateStyles.Build();
            main.AddNewPart<FontTablePart>().Fonts = TemplateSettings.Fonts();
            main.AddNewPart<DocumentSettingsPart>().Settings = TemplateSettings.Build();

            var header = main.AddNewPart<HeaderPart>();
            header.Header = TemplateLetterhead.Header(header, kind, logo);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = TemplateLetterhead.Footer(kind);

            var body = new Body();
            body.Append(kind == ReportKind.Board ? TemplateBodies.Board(main, logo) : TemplateBodies.Management());
            body.Append(Section(main, kind, main.GetIdOfPart(header), main.GetIdOfPart(footer)));
            main.Document = new Document(body);

            var association = WordText.Get("AssociationName");
            document.PackageProperties.Title = WordText.Get($"Title_{kind}");
            document.PackageProperties.Creator = association;
            document.PackageProperties.LastModifiedBy = association;
            document.PackageProperties.Language = Filling.DocumentLanguage.Tag;
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// A4 portrait, right-to-left (<c>w:bidi</c>), page numbers in the footer. The board's cover page has
    /// no header or footer of its own (<c>w:titlePg</c> with empty first-page parts).
    /// </summary>
    private static SectionProperties Section(MainDocumentPart main, ReportKind kind, string headerId, string footerId)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        if (kind == ReportKind.Board)
        {
            var firstHeader = main.AddNewPart<HeaderPart>();
            firstHeader.Header = TemplateLetterhead.EmptyHeader();
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) });
        }

        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        if (kind == ReportKind.Board)
        {
            var firstFooter = main.AddNewPart<FooterPart>();
            firstFooter.Footer = TemplateLetterhead.EmptyFooter();
            section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstFooter) });
        }

        section.Append(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1500, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U },
            new PageNumberType { Format = NumberFormatValues.HindiNumbers });
        if (kind == ReportKind.Board)
        {
            section.Append(new TitlePage());
        }

        section.Append(new BiDi());
        return section;
    }
}
