using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tarmeem.Host.Review;
using Tarmeem.Host.Tests.Cli;

namespace Tarmeem.Host.Tests.Review;

public sealed class DraftCheckTests
{
    private static readonly Regex CaseNumber = new(new Tarmeem.Host.Delivery.DeliveryOptions().CaseNumberPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] Generated = ["التوصيات", "١. (اكتب التوصية هنا)", "بلغ عدد الحالات ١٢٣٤ حالة في الربع."];

    [Fact]
    public void Check_RecommendationWrittenAndNothingAdded_HasNoFindings()
    {
        using var temp = new TempFolder();

        var findings = DraftCheck.Check(Docx(temp, "a", Generated), Docx(temp, "b", ["التوصيات", "١. تسريع الرد في فرع جدة.", "بلغ عدد الحالات ١٢٣٤ حالة في الربع."]), CaseNumber);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("للتواصل: someone@example.org", "بريد إلكتروني")]
    [InlineData("رقم الجوال +966 55 123 4567", "رقم هاتف")]
    [InlineData("الهوية ١٠٢٣٤٥٦٧٨٩", "رقم هوية")]
    [InlineData("انظر الحالة C-000123", "رقم حالة")]
    public void Check_PersonalDataAddedByHand_IsRefusedNamingWhatToRemove(string added, string named)
    {
        using var temp = new TempFolder();

        var findings = DraftCheck.Check(Docx(temp, "a", Generated), Docx(temp, "b", ["التوصيات", "١. تسريع الرد. " + added]), CaseNumber);

        var finding = Assert.Single(findings);
        Assert.Contains(named, finding, StringComparison.Ordinal);
        Assert.Contains("(١)", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlaceholderLeft_IsRefused()
    {
        using var temp = new TempFolder();

        var finding = Assert.Single(DraftCheck.Check(Docx(temp, "a", Generated), Docx(temp, "b", Generated), CaseNumber));

        Assert.Contains("اكتب التوصية هنا", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotAWordFile_IsRefusedAsInvalid()
    {
        using var temp = new TempFolder();
        var broken = temp.Sub("broken.docx");
        File.WriteAllText(broken, "not a zip");

        var finding = Assert.Single(DraftCheck.Check(Docx(temp, "a", Generated), broken, CaseNumber));

        Assert.Contains("لا يُقرأ مستند Word سليماً", finding, StringComparison.Ordinal);
    }

    private static string Docx(TempFolder temp, string name, string[] paragraphs)
    {
        var path = temp.Sub(name + ".docx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        main.Document.Save();
        return path;
    }
}
