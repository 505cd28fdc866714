using Tarmeem.Host.Tests.Cli;

namespace Tarmeem.Host.Tests.Reports;

/// <summary>
/// On the sample's reports for a month, a quarter and a year, every change in the KPI tables (Word, board and
/// management, and the workbook) is the difference of the two values as printed beside it.
/// </summary>
public sealed class KpiChangeFiguresTests
{
    private static readonly string[] Periods = ["2026-10", "2026-Q3", "2025"];

    private static readonly string[] WordFiles = ["tarmeem-management-2026-10.docx", "tarmeem-board-2026-Q3.docx", "tarmeem-board-2025.docx"];

    [Fact]
    public async Task Report_SampleMonthQuarterYear_ChangeIsDifferenceOfPrintedValues()
    {
        using var temp = new TempFolder();
        var sample = await CliRun.InvokeAsync("report", "--sample", "--period", "2026-10", "--format", "xlsx,docx", "--data", temp.Sub("data"), "--out", temp.Sub("out"));
        Assert.True(sample.ExitCode == 0, sample.Error);
        foreach (var period in Periods.Skip(1))
        {
            var run = await CliRun.InvokeAsync("report", "--period", period, "--format", "xlsx,docx", "--data", Path.Combine(temp.Sub("data"), "sample"), "--out", temp.Sub("out"));
            Assert.True(run.ExitCode == 0, run.Error);
        }

        var word = WordFiles
            .SelectMany(f => PrintedKpiTables.FromWord(Path.Combine(temp.Sub("out"), f)))
            .ToList();
        var checkedWord = 0;
        foreach (var row in word)
        {
            if (row.Change == PrintedKpiTables.NotComparable)
            {
                continue;
            }

            var (current, baseline, change) = (PrintedKpiTables.WordNumber(row.Current), PrintedKpiTables.WordNumber(row.Baseline), PrintedKpiTables.WordNumber(row.Change));
            var expected = current - baseline;
            Assert.True(
                change is null ? expected is null : expected is { } e && Math.Abs(e - change.Value) < 1e-9,
                $"{row.Where} «{row.Indicator}»: {row.Current} against {row.Baseline} printed as {row.Change}");
            checkedWord += change is null ? 0 : 1;
        }

        var workbook = Periods
            .SelectMany(p => PrintedKpiTables.FromWorkbook(Path.Combine(temp.Sub("out"), $"tarmeem-quality-{p}.xlsx")))
            .Where(r => r.ChangeText != PrintedKpiTables.NotComparable)
            .ToList();
        foreach (var row in workbook)
        {
            var expected = row.Current - row.Baseline;
            Assert.True(
                row.Change is null ? expected is null : expected is { } e && Math.Abs(e - row.Change.Value) < 1e-9,
                $"workbook «{row.Indicator}»: {row.Current} against {row.Baseline} shown as {row.Change}");
        }

        Assert.True(checkedWord > 30, $"only {checkedWord} printed changes were checked");
        Assert.True(workbook.Count(r => r.Change is not null) > 30);
    }
}
