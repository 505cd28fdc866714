using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Sample;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Reporting.Metrics;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;
using Tarmeem.Store.Records;

namespace Tarmeem.Host.Reports;

/// <summary>
/// The main job: read the store for a period, compute the figures, write the documents. Knows nothing of
/// how it is started (the CLI now, the scheduler later).
/// </summary>
internal sealed class ReportRunner(
    TimeProvider time,
    BusinessCalendar calendar,
    IOptions<TarmeemOptions> options,
    ReportDocuments documents,
    IStoreFactory stores,
    ILogger<ReportRunner> logger)
{

    public async Task<ReportResult> RunAsync(ReportRequest request, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var total = Stopwatch.StartNew();
        var settings = options.Value;
        var today = calendar.LocalDate(time.GetUtcNow());

        var (plan, report) = await ComputeAsync(request, today, progress, cancellationToken);

        // The records read are garbage now but sit in the oldest generation, which the writers' allocations would not
        // collect before the end: one full collection here lowered the year report's peak memory by about 100 MB.
        GC.Collect();

        var files = await documents.WriteAsync(
            report, request.Formats, plan, request.OutputDirectory ?? settings.Reports.OutputDirectory, progress, cancellationToken);

        using var process = Process.GetCurrentProcess();
        return new ReportResult(plan, files, report.Current.CasesReceived, report.Current.InquiriesReceived, total.Elapsed, process.PeakWorkingSet64);
    }

    /// <summary>
    /// Plans the report from what the store covers, reads the store and computes the figures. Its own method so that
    /// the records (a few hundred megabytes for a year) and the store's connections are let go before the documents
    /// are written.
    /// </summary>
    private async Task<(ReportPlan Plan, QualityReport Report)> ComputeAsync(
        ReportRequest request, DateOnly today, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // The sample store is kept apart from the live one, so that loading it never touches synced data.
        await using var session = await stores.OpenAsync(request.Sample ? StoreArea.Sample : StoreArea.Live, cancellationToken);
        var store = session.Records;

        if (request.Sample)
        {
            progress.Report($"Generating the sample year (scale {request.Scale}) into {store.Location} …");
            await LoadSampleAsync(store, today, request.Scale, store.Location, cancellationToken);
        }

        var coverage = await store.ReadCoverageAsync(cancellationToken);
        var plan = ReportPlan.Create(request.Period, request.Kind, today, new DataCoverage(Day(coverage.CasesFrom), Day(coverage.InquiriesFrom), Day(coverage.SurveysFrom)));
        progress.Report($"Reading the store for {plan.Period}{(plan.AsOf is { } asOf ? $" up to {asOf:yyyy-MM-dd} (not ended yet)" : string.Empty)} …");
        var (windowStart, windowEnd) = plan.ReadWindow(calendar);
        var records = await store.ReadForReportAsync(windowStart, windowEnd, cancellationToken);

        progress.Report("Computing the figures …");
        var stopwatch = Stopwatch.StartNew();
        var calculator = new QualityMetricsCalculator(
            new MetricsOptions { DecisionStandardDays = settings.Reports.DecisionStandardDays }, calendar);
        var report = calculator.Compute(records, plan, time.GetUtcNow());
        var periodName = plan.Period.ToString();
        ReportLog.Computed(logger, periodName, report.Current.CasesReceived, report.Current.InquiriesReceived, stopwatch.ElapsedMilliseconds);
        return (plan, report);
    }

    private DateOnly? Day(DateTimeOffset? instant) => instant is { } value ? calendar.LocalDate(value) : null;

    private async Task LoadSampleAsync(SqlServiceRecordStore store, DateOnly today, double scale, string directory, CancellationToken cancellationToken)
    {
        var lastMonth = ReportPeriod.LastCompleteMonth(today).Start;
        var sample = SampleDataGenerator.Generate(new SampleDataOptions { LastMonth = lastMonth, Scale = scale });
        await store.ClearAsync(cancellationToken);
        await store.SaveAsync(sample, cancellationToken);
        ReportLog.SampleLoaded(logger, directory, sample.Cases.Count, sample.Inquiries.Count, sample.Invitations.Count);
    }
}
