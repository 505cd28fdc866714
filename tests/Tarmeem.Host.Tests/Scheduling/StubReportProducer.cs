using System.Collections.Concurrent;
using Tarmeem.Core.Time;
using Tarmeem.Host.Scheduling;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>Writes one small file per report instead of the real documents, and counts what it was asked for.</summary>
internal sealed class StubReportProducer(string folder) : IReportProducer
{
    public ConcurrentQueue<(ReportKind Kind, ReportPeriod Period)> Written { get; } = new();

    public async Task<IReadOnlyList<string>> WriteAsync(ReportKind kind, ReportPeriod period, CancellationToken cancellationToken)
    {
        Written.Enqueue((kind, period));
        var path = Path.Combine(folder, $"tarmeem-{kind}-{period.ToString().Replace("..", "_to_", StringComparison.Ordinal)}.xlsx");
        await File.WriteAllBytesAsync(path, [1, 2, 3], cancellationToken);
        return [path];
    }
}
