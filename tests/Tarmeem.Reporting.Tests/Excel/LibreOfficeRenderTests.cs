using System.Diagnostics;
using System.Text;

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
