using System.Diagnostics;
using System.Text;
using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Tests.Excel;

/// <summary>
/// LibreOffice must open the workbook and print it: a second, independent reader of the package besides the
/// SDK. Needs soffice and pdftotext on PATH (.ci/run installs them); missing tools fail the test, never skip it.
/// </summary>
public sealed class LibreOfficeRenderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Write_SmallReport_LibreOfficeConvertsToPdfWithArabicSheetTitle()
    {
        var soffice = FindOnPath("soffice");
        var pdftotext = FindOnPath("pdftotext");
        Assert.True(soffice is not null && pdftotext is not null, "soffice or pdftotext is not on PATH: run .ci/run, which installs libreoffice-calc-nogui and poppler-utils.");
        var workbook = WorkbookFiles.Write(SampleReports.Small());
        var folder = Path.GetDirectoryName(workbook)!;
        var profile = Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}");

        await Run(soffice!, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", folder, workbook]);

        var pdf = Path.ChangeExtension(workbook, ".pdf");
        Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 0, $"LibreOffice wrote no PDF for {workbook}.");
        var text = (await Run(pdftotext!, ["-layout", pdf, "-"])).Normalize(NormalizationForm.FormKC);
        Assert.Contains("ملخص المؤشرات", text, StringComparison.Ordinal);
        Assert.Contains("C-0003", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FormulaLikeComments_StayTextThroughCsvSaveAndReopen()
    {
        string[] hostile = ["=HYPERLINK(\"http://evil.example\",\"اضغط\")", "=cmd|' /C calc'!A0", "+1+1", "@SUM(1+1)", "-2+3"];
        var soffice = FindOnPath("soffice");
        Assert.True(soffice is not null, "soffice is not on PATH: run .ci/run, which installs libreoffice-calc-nogui.");
        var comments = hostile.Select(t => new SurveyComment { AnsweredOn = new(2026, 10, 3), Channel = Channel.Website, Overall = 1, Text = t }).ToList();
        var workbook = WorkbookFiles.Write(SampleReports.Small(comments), "hostile.xlsx");
        var folder = Path.GetDirectoryName(workbook)!;
        var profile = "-env:UserInstallation=file://" + Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}");

        // Every sheet saved as CSV (the last filter token, -1), as a user's "Save as CSV" would.
        await Run(soffice!, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", folder, workbook]);
        var csv = Directory.GetFiles(folder, "hostile-*.csv").Single(f => File.ReadAllText(f).Contains("HYPERLINK", StringComparison.Ordinal));
        var saved = await File.ReadAllTextAsync(csv);
        foreach (var text in hostile)
        {
            Assert.Contains("'" + text.Replace("\"", "\"\"", StringComparison.Ordinal), saved, StringComparison.Ordinal);
        }

        // Opened again, the CSV holds no formula: LibreOffice reads the apostrophe as "text follows".
        var reopenedFolder = Path.Combine(folder, "reopened");
        await Run(soffice!, [profile, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", reopenedFolder, csv]);
        using var reopened = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(reopenedFolder, "*.xlsx").Single());
        var sheet = reopened.Entries.Single(e => e.FullName == "xl/worksheets/sheet1.xml");
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static async Task<string> Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {Timeout.TotalSeconds} s.");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
