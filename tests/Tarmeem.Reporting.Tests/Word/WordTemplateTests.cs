using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Word;
using Tarmeem.Reporting.Word.Templates;

namespace Tarmeem.Reporting.Tests.Word;

public sealed class WordTemplateTests
{
    [Fact]
    public void Write_TemplateWithoutKpisPlace_ThrowsNamingThePlaceAndTheTemplate()
    {
        var template = Edit(GeneratedReports.Template(ReportKind.Board), body =>
            body.Descendants<SdtBlock>().Single(c => Tag(c) == NamedPlaces.Kpis).Remove());

        var error = Assert.Throws<TemplatePlaceMissingException>(() =>
            GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, template: template, templateName: "templates/my-board.docx"));

        Assert.Equal(["kpis"], error.Places);
        Assert.Equal("templates/my-board.docx", error.TemplateName);
        Assert.Contains("'templates/my-board.docx' has no named place: 'kpis'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ManagementTemplateUsedForBoard_ListsEveryMissingPlace()
    {
        var error = Assert.Throws<TemplatePlaceMissingException>(() =>
            GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, template: GeneratedReports.Template(ReportKind.Management)));

        Assert.Equal(["compliance", "channel-mix", "recommendations"], error.Places);
    }

    [Fact]
    public void Write_TemplateEditedByStaff_KeepsTheirWordingAndFillsThePlaces()
    {
        var template = Edit(GeneratedReports.Template(ReportKind.Board), body =>
        {
            var heading = body.Elements<Paragraph>().First(p => p.InnerText == "الملخص التنفيذي");
            heading.Descendants<Text>().Single().Text = "خلاصة الربع";
            heading.InsertAfterSelf(new Paragraph(new Run(new Text("فقرة أضافها الموظف"))));
        });

        var text = DocxText.Of(GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, template: template));

        Assert.Contains("Heading1 rtl: خلاصة الربع\n", text, StringComparison.Ordinal);
        Assert.Contains("فقرة أضافها الموظف", text, StringComparison.Ordinal);
        Assert.Contains("وردت إلى الجمعية ١٥ حالةً", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[يُملأ آلياً", text, StringComparison.Ordinal);
        Assert.Contains("Recommendation rtl: ١. ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingTemplateFile_ThrowsNamingTheFileAndTheRegenerateCommand()
    {
        using var writer = new WordReportWriter();
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.docx");

        var error = Assert.Throws<FileNotFoundException>(() =>
            writer.Write(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, path, Stream.Null));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("tarmeem templates", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportKind.Management)]
    [InlineData(ReportKind.Board)]
    public void DefaultTemplates_Build_HoldsEveryNamedPlaceOfItsKind(ReportKind kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(GeneratedReports.Template(kind)), false);
        var main = document.MainDocumentPart!;
        IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> roots = [main.Document!.Body!, .. main.HeaderParts.Select(h => h.Header!)];

        var tags = roots.SelectMany(r => r.Descendants<SdtElement>()).Select(Tag).ToHashSet();

        Assert.All(NamedPlaces.For(kind), place => Assert.Contains(place.Tag, tags));
    }

    [Theory]
    [InlineData(ReportKind.Management)]
    [InlineData(ReportKind.Board)]
    public void CommittedTemplate_MatchesTheBuilderAndIsDocumented(ReportKind kind)
    {
        var root = RepositoryRoot();
        var committed = Path.Combine(root, "templates", DefaultTemplates.FileName(kind));
        Assert.True(File.Exists(committed), $"{committed} is missing: run `tarmeem templates --out templates/` and commit the files.");

        var fromFile = DocxText.Of(File.ReadAllBytes(committed));
        var fromBuilder = DocxText.Of(GeneratedReports.Template(kind));
        var readme = File.ReadAllText(Path.Combine(root, "templates", "README.md"));

        Assert.Equal(fromBuilder, fromFile);
        Assert.All(NamedPlaces.For(kind).Append(new NamedPlace(NamedPlaces.Recommendations, PlaceForm.Block)), p => Assert.Contains($"`{p.Tag}`", readme, StringComparison.Ordinal));
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tarmeem.Office.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Tarmeem.Office.sln above {AppContext.BaseDirectory}.");
    }

    private static string? Tag(SdtElement control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    private static byte[] Edit(byte[] template, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document.MainDocumentPart!.Document!.Body!);
        }

        return stream.ToArray();
    }
}
