using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Scheduling;

/// <summary>Writes a report's documents for a period; returns their paths. The real one is <see cref="RunnerReportProducer"/>.</summary>
internal interface IReportProducer
{
    Task<IReadOnlyList<string>> WriteAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken);
}
