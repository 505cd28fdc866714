using Microsoft.Extensions.Options;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Scheduling;

/// <summary>Writes a scheduled report with <see cref="ReportRunner"/> into <c>{Reports:OutputDirectory}/{year}/{period}/</c>.</summary>
internal sealed class RunnerReportProducer(ReportRunner runner, IOptions<ScheduleOptions> schedule, IOptions<TarmeemOptions> options) : IReportProducer
{
    public async Task<IReadOnlyList<string>> WriteAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        var output = Path.Combine(options.Value.Reports.OutputDirectory, ReportDeliveryService.LibraryFolder(string.Empty, period));
        var result = await runner.RunAsync(
            new ReportRequest { Period = period, Kind = kind, Formats = schedule.Value.ReportFormats, OutputDirectory = output },
            new Progress<string>(),
            cancellationToken);
        return result.Files;
    }
}
