using Tarmeem.Host.Tests.Cli;

namespace Tarmeem.Host.Tests.Scheduling;

public sealed class StatusCommandTests
{
    [Fact]
    public async Task Status_ServiceNeverRan_ComputesNextRunsAndListsTheReportsDue()
    {
        using var folder = new TempFolder();

        var run = await CliRun.InvokeAsync("status", "--data", folder.Sub("data"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The service has not run yet", run.Output, StringComparison.Ordinal);
        // CliRun's clock: Tuesday 24 November 2026, 10:00 in Riyadh.
        Assert.Contains("schedule: 0 0 8 1 * ?   next run: 2026-12-01 08:00", run.Output, StringComparison.Ordinal);
        Assert.Contains("management 2026-10 — due since 2026-11-01 08:00", run.Output, StringComparison.Ordinal);
        Assert.Contains("board 2026-Q3 — due since 2026-10-01 08:30", run.Output, StringComparison.Ordinal);
        Assert.Contains("board 2025 — due since 2026-01-01 09:00", run.Output, StringComparison.Ordinal);
        Assert.Contains("never ran", run.Output, StringComparison.Ordinal);
    }
}
