using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Tests.Word;

public sealed class WordReportValidationTests
{
    public static TheoryData<string> Documents() => ["management", "board", "management-empty", "board-empty", "board-latin", "board-year", "template-management", "template-board"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_EveryKindAndEdgeCase_PassesOpenXmlValidatorWithZeroErrors(string name)
    {
        var docx = Document(name);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, $"{name}: {errors.Count} validation errors:\n{string.Join('\n', errors.Take(20))}");
    }

    internal static byte[] Document(string name) => name switch
    {
        "management" => GeneratedReports.Management,
        "board" => GeneratedReports.Board,
        "management-empty" => GeneratedReports.Write(WordSampleReports.Empty(GeneratedReports.Month), ReportKind.Management),
        "board-empty" => GeneratedReports.Write(WordSampleReports.Empty(GeneratedReports.Quarter), ReportKind.Board),
        "board-latin" => GeneratedReports.Write(WordSampleReports.Small(GeneratedReports.Quarter), ReportKind.Board, new WordReportOptions { Digits = ChartDigits.Latin }),
        "board-year" => GeneratedReports.Write(WordSampleReports.Small(ReportPeriod.Year(2026)), ReportKind.Board),
        "template-management" => GeneratedReports.Template(ReportKind.Management),
        "template-board" => GeneratedReports.Template(ReportKind.Board),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
