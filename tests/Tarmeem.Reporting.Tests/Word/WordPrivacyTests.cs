using System.Text.RegularExpressions;
using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Tests.Word;

public sealed partial class WordPrivacyTests
{
    // Comments as they might reach the writer if the scrubber ever missed something.
    private static readonly SurveyComment[] LeakyComments =
    [
        new() { AnsweredOn = new(2026, 9, 20), Channel = Channel.Phone, Overall = 1, Text = "راسلوني على someone@example.com أو 0500000001 لو سمحتم" },
        new() { AnsweredOn = new(2026, 9, 12), Channel = Channel.InPerson, Overall = 5, Text = "شكراً لفريق الاستقبال على حسن التعامل" },
    ];

    [Fact]
    public void Write_Board_ContainsNoCommentEmailPhoneOrCaseNumber()
    {
        var docx = GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Quarter, LeakyComments), ReportKind.Board);

        var xml = GeneratedReports.AllXml(docx);
        var text = DocxText.Of(docx);

        Assert.DoesNotContain("someone@example.com", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("0500000001", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("حسن التعامل", xml, StringComparison.Ordinal);
        Assert.DoesNotMatch(EmailPattern(), xml);
        Assert.DoesNotMatch(PhonePattern(), xml);
        foreach (var id in new[] { "C-0002", "C-0007", "C-0003", "INQ-0011" })
        {
            Assert.DoesNotContain(id, xml, StringComparison.Ordinal);
        }

        Assert.Contains("الملخص التنفيذي", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Management_QuotesCommentsAndListsOpenCaseNumbers()
    {
        var docx = GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Month, LeakyComments), ReportKind.Management);

        var text = DocxText.Of(docx);

        Assert.Contains("حسن التعامل", text, StringComparison.Ordinal);
        Assert.Contains("C-0002 | الاتصالات الهاتفية | جدة", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TemplateCarryingAuthorNames_ReportNamesOnlyTheAssociation()
    {
        var template = GeneratedReports.Template(ReportKind.Board);
        using (var stream = new MemoryStream())
        {
            stream.Write(template);
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
            {
                document.PackageProperties.Creator = "Fatimah Staff";
                document.PackageProperties.LastModifiedBy = "Omar Staff";
            }

            template = stream.ToArray();
        }

        var docx = GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, template: template);

        var xml = GeneratedReports.AllXml(docx);
        Assert.DoesNotContain("Staff", xml, StringComparison.Ordinal);
        Assert.Contains("جمعية ترميم التنمية", xml, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex EmailPattern();

    // A number standing alone: the package's random hex (relationship ids, the core properties' part name) can hold ten
    // digits that look like a mobile number, but never between two non-alphanumerics.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(\+?966|0)5\d{8}(?![0-9A-Za-z])")]
    private static partial Regex PhonePattern();
}
