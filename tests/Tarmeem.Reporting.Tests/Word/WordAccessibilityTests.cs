using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Reporting.Tests.Excel;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Tarmeem.Reporting.Tests.Word;

/// <summary>What a screen reader needs: the documents say they are Arabic, and every chart's description carries its figures.</summary>
public sealed class WordAccessibilityTests
{
    public static TheoryData<string> Kinds => ["Board", "Management"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_Report_DefaultLanguageIsArabicInStylesAndProperties(string kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(kind == "Board" ? GeneratedReports.Board : GeneratedReports.Management), isEditable: false);
        var languages = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;

        Assert.Equal("ar-SA", languages.Val?.Value);
        Assert.Equal("ar-SA", languages.Bidi?.Value);
        Assert.Equal("ar-SA", document.PackageProperties.Language);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_Report_EveryChartDescriptionHasItsFigures(string kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(kind == "Board" ? GeneratedReports.Board : GeneratedReports.Management), isEditable: false);
        var charts = document.MainDocumentPart!.Document!.Body!.Descendants<Wp.DocProperties>()
            .Where(p => p.Description?.Value?.StartsWith("مخطط", StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(charts.Count >= 4, $"Only {charts.Count} charts found in the {kind} report.");
        Assert.All(charts, c => Assert.True(
            c.Description!.Value!.Count(ch => ch is >= '٠' and <= '٩') >= 3,
            $"The chart «{c.Name}» is described without its figures: {c.Description.Value}"));
    }

    [Fact]
    public void Write_ManagementReport_CaseNumbersAreMarkedLatinSoTheirDigitsStayLatin()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(GeneratedReports.Management), isEditable: false);
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Where(r => r.InnerText.Contains("C-0002", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal("en-US", r.RunProperties?.Languages?.Val?.Value));
    }

    [Fact]
    public void Write_Workbook_LanguageIsArabic()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(WorkbookFiles.Write(SampleReports.Small()));
        using var reader = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());

        Assert.Contains("<dc:language>ar-SA</dc:language>", reader.ReadToEnd(), StringComparison.Ordinal);
    }
}
