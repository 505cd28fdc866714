using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Turns the records into the <see cref="QualityReport"/> every writer renders. Pure: the same records,
/// period and options give the same report. Definitions are in docs/metrics.md, and kept in step with this code.
/// </summary>
public sealed class QualityMetricsCalculator
{
    private readonly MetricsOptions _options;
    private readonly BusinessCalendar _calendar;

    /// <exception cref="ArgumentOutOfRangeException">An option cannot be measured against; the message names it.</exception>
    public QualityMetricsCalculator(MetricsOptions options, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        options.Validate();

        // A copy, so that later changes to a bound options object cannot change a report half-way.
        _options = new MetricsOptions
        {
            DecisionStandardDays = options.DecisionStandardDays,
            FirstResponseStandardHours = options.FirstResponseStandardHours,
        };
        _calendar = calendar;
    }

    /// <summary>A whole period over records known to be complete (every comparison is made).</summary>
    public QualityReport Compute(ServiceRecords records, ReportPeriod period, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Compute(ReportRecords.From(records), ReportPlan.Whole(period), generatedAt);
    }

    /// <inheritdoc cref="Compute(ServiceRecords, ReportPeriod, DateTimeOffset)"/>
    public QualityReport Compute(ReportRecords records, ReportPeriod period, DateTimeOffset generatedAt) =>
        Compute(records, ReportPlan.Whole(period), generatedAt);

    /// <summary>The report from records already reduced for reporting (what the store's report read gives), as planned.</summary>
    public QualityReport Compute(ReportRecords records, ReportPlan plan, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(plan);

        var standard = _options.DecisionStandardDays;
        var prepared = PreparedRecords.Prepare(records, _calendar);
        var (period, previousPeriod, lastYearPeriod) = (plan.Current, plan.Previous, plan.LastYear);
        var businessDays = new BusinessDayCounter(
            _calendar,
            lastYearPeriod.Start.AddYears(-3).DayNumber,
            period.End.AddYears(1).DayNumber);

        PeriodScan? current = null, previous = null, lastYear = null;
        PeriodFigures? currentFigures = null, previousFigures = null, lastYearFigures = null;
        IReadOnlyList<MonthFigures>? trend = null;
        DataQualityFigures? dataQuality = null;
        IReadOnlyList<CaseRow>? caseRows = null;

        // Each of these only reads the prepared records and fills its own result, so they run side by side on the
        // machine's cores; no figure depends on which finishes first.
        Parallel.Invoke(
            () =>
            {
                current = PeriodScan.Run(prepared, businessDays, period, standard, collectComments: true);
                currentFigures = current.ToFigures();
            },
            () =>
            {
                previous = PeriodScan.Run(prepared, businessDays, previousPeriod, standard, collectComments: false);
                previousFigures = previous.ToFigures();

                // For a year report the previous period is the same year as "last year": scan it once.
                lastYear = lastYearPeriod == previousPeriod
                    ? previous
                    : PeriodScan.Run(prepared, businessDays, lastYearPeriod, standard, collectComments: false);
                lastYearFigures = lastYear.ToFigures();
            },
            () => trend = TrendBuilder.Build(prepared, plan, standard),
            () => dataQuality = DataQualityBuilder.Build(prepared, DayWindow.Of(period)),
            () => caseRows = CaseRowsBuilder.Build(prepared, businessDays, DayWindow.Of(period), standard));

        return new QualityReport
        {
            Period = plan.Period,
            AsOf = plan.AsOf,
            Comparisons = Comparisons.Of(plan),
            GeneratedAt = generatedAt,
            DecisionStandardDays = standard,
            Current = currentFigures!,
            Previous = previousFigures!,
            LastYear = lastYearFigures!,
            Kpis = KpiBuilder.Build(currentFigures!, previousFigures!, lastYearFigures!, plan),
            Channels = ChannelFiguresBuilder.Build(current!, previous!, lastYear!),
            Trend = trend!,
            ResponseTimes = ResponseTimesBuilder.Build(current!, _options),
            Satisfaction = SatisfactionBuilder.Build(current!),
            ProcessQuality = ProcessQualityBuilder.Build(current!),
            DataQuality = dataQuality!,
            CaseRows = caseRows!,
        };
    }
}
