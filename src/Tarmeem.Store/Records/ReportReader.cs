using Tarmeem.Core.Domain;

namespace Tarmeem.Store.Records;

/// <summary>
/// The report read (<see cref="IServiceRecordStore.ReadForReportAsync"/>): every table walked once in key order
/// (<see cref="WindowPlan.Scan"/>), the invitations on a second connection in parallel with the rest when the dialect
/// could start both on one snapshot (<see cref="StoreDialect.OpenReportReadAsync"/>). On the 2-core machine the
/// parallel read took the year report's read from about 2.9 s to 2.0 s on SQLite (docs/benchmarks.md).
/// </summary>
internal static class ReportReader
{
    public static async Task<ReportRecords> ReadAsync(
        StoreDialect dialect,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        await using var reads = await dialect.OpenReportReadAsync(cancellationToken);
        var first = reads.First;
        if (reads.Second is not { } second)
        {
            return new ReportRecords
            {
                Cases = CaseRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Inquiries = InquiryRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Surveys = SurveyOutcomeRows.ReadWindow(first, windowStart, windowEnd, cancellationToken),
                Quarantined = QuarantineRows.ReadHeldAt(first, windowStart, windowEnd, cancellationToken),
            };
        }

        var surveys = Task.Run(() => SurveyOutcomeRows.ReadWindow(second, windowStart, windowEnd, cancellationToken), cancellationToken);
        try
        {
            return new ReportRecords
            {
                Cases = CaseRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Inquiries = InquiryRows.ReadWindow(first, windowStart, windowEnd, WindowPlan.Scan, cancellationToken),
                Quarantined = QuarantineRows.ReadHeldAt(first, windowStart, windowEnd, cancellationToken),
                Surveys = await surveys,
            };
        }
        finally
        {
            // The second connection must outlive its read, also when this side failed.
            await Task.WhenAny(surveys);
        }
    }
}
