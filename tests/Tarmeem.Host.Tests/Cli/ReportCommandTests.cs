using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Tarmeem.Host.Tests.Cli;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task Report_SampleWithDefaultPeriod_WritesValidWorkbookForLastCompleteMonth()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("report", "--sample", "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        var path = Path.Combine(temp.Sub("out"), "tarmeem-quality-2026-10.xlsx");
        Assert.Contains(path, run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Sub("data"), "sample", "tarmeem.db")));
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        Assert.Matches(@"Report 2026-10: [1-9]\d{2,} cases, [1-9]\d{3,} inquiries", run.Output);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("last month")]
    [InlineData("0000")]
    [InlineData("9999-12")]
    public async Task Report_BadPeriod_FailsWithAcceptedForms(string period)
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("report", "--period", period, "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--period", run.Error, StringComparison.Ordinal);
        Assert.Contains("2026-Q3", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Sub("out")));
    }

    [Fact]
    public async Task Report_UnknownFormat_FailsNamingAcceptedFormats()
    {
        var run = await CliRun.InvokeAsync("report", "--format", "xlsx,odt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'odt'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Accepted: xlsx, docx, pdf", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_EmptyStoreForPeriod_WritesValidWorkbook()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("report", "--period", "2019-Q2", "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Report 2019-Q2: 0 cases, 0 inquiries", run.Output, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(Path.Combine(temp.Sub("out"), "tarmeem-quality-2019-Q2.xlsx"), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    [Fact]
    public async Task Report_QuarterAsWordAndPdf_WritesBoardReportAndItsPdf()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync(
            "report", "--sample", "--period", "2026-Q3", "--format", "docx,pdf", "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        var docx = Path.Combine(temp.Sub("out"), "tarmeem-board-2026-Q3.docx");
        using (var document = WordprocessingDocument.Open(docx, isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        }

        var pdf = Path.Combine(temp.Sub("out"), "tarmeem-board-2026-Q3.pdf");
        Assert.True(new FileInfo(pdf).Length > 10_000, "the PDF should hold the rendered report");
        Assert.False(File.Exists(Path.Combine(temp.Sub("out"), "tarmeem-quality-2026-Q3.xlsx")), "xlsx was not asked for");
    }

    [Fact]
    public async Task Report_KindManagementForQuarter_WritesManagementReport()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync(
            "report", "--sample", "--period", "2026-Q3", "--kind", "management", "--format", "docx", "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(temp.Sub("out"), "tarmeem-management-2026-Q3.docx")));
    }

    [Fact]
    public async Task Report_TemplateMissingNamedPlace_FailsNamingPlaceAndFile()
    {
        using var temp = new TempFolder();
        var templates = temp.Sub("templates");
        Directory.CreateDirectory(templates);
        var shipped = Path.Combine(AppContext.BaseDirectory, "templates");
        // A board template saved over the management one: it lacks the management report's places.
        File.Copy(Path.Combine(shipped, "board-report.docx"), Path.Combine(templates, "management-report.docx"));
        var config = temp.Sub("settings.json");
        await File.WriteAllTextAsync(config, $$"""{ "Tarmeem": { "Reports": { "TemplatesDirectory": "{{templates}}" } } }""");

        var run = await CliRun.InvokeAsync(
            "report", "--config", config, "--sample", "--format", "docx", "--data", temp.Sub("data"), "--out", temp.Sub("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("management-report.docx", run.Error, StringComparison.Ordinal);
        Assert.Contains("comments", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(temp.Sub("out"), "*.docx*"));
    }

    [Fact]
    public async Task Templates_OutFolder_WritesBothTemplates()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("templates", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "management-report.docx")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "board-report.docx")));
    }

    [Fact]
    public async Task Report_InvalidSettingInConfigFile_NamesTheKey()
    {
        using var temp = new TempFolder();
        var config = temp.Sub("settings.json");
        await File.WriteAllTextAsync(config, """{ "Tarmeem": { "Reports": { "DecisionStandardDays": 0 } } }""");

        var run = await CliRun.InvokeAsync("report", "--config", config, "--data", temp.Sub("data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Tarmeem:Reports:DecisionStandardDays", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingConfigFile_SaysWhichFile()
    {
        var run = await CliRun.InvokeAsync("report", "--config", "/nonexistent/tarmeem.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/tarmeem.json", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--period")]
    [InlineData("bench", "--scale")]
    public async Task Help_EachCommand_DescribesItsOptions(string command, string option)
    {
        var run = await CliRun.InvokeAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(option, run.Output, StringComparison.Ordinal);
        Assert.Contains("--config", run.Output, StringComparison.Ordinal);
    }
}
