using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Reporting.Planning;

/// <summary>
/// Everything decided about one report before any record is read, worked out once: the period and whether it has
/// ended, the Word report's kind, the windows each part of the report is computed over, what the store must read,
/// which comparisons the data covers, and the file names. A period not yet ended is reported up to and including
/// <see cref="AsOf"/>, and compared with the same number of days at the start of each comparison period.
/// </summary>
public sealed record ReportPlan
{
    /// <summary>How many calendar months the trend shows, ending with the month of the last day reported.</summary>
    public const int TrendMonths = 12;

    private ReportPlan(ReportPeriod period, DateOnly? asOf, ReportKind kind, DataCoverage coverage)
    {
        Period = period;
        AsOf = asOf;
        Kind = kind;
        Coverage = coverage;
        Current = asOf is { } last ? ReportPeriod.Custom(period.Start, last) : period;
        Previous = Truncated(period.Previous(), Current.DayCount);
        LastYear = Truncated(period.SameLastYear(), Current.DayCount);
        TrendStart = new DateOnly(Current.End.Year, Current.End.Month, 1).AddMonths(1 - TrendMonths);
    }

    /// <summary>The period named on the cover: a month, a quarter, a year or a range.</summary>
    public ReportPeriod Period { get; }

    /// <summary>The last day reported when the period has not ended yet (today); null for a period that has ended.</summary>
    public DateOnly? AsOf { get; }

    public bool IsPartial => AsOf is not null;

    public ReportKind Kind { get; }

    public DataCoverage Coverage { get; }

    /// <summary>The days counted: the period, or its days up to <see cref="AsOf"/>.</summary>
    public ReportPeriod Current { get; }

    /// <summary>The period before, or as many of its first days as <see cref="Current"/> has.</summary>
    public ReportPeriod Previous { get; }

    /// <summary>The same period a year earlier, cut the same way.</summary>
    public ReportPeriod LastYear { get; }

    /// <summary>The first month of the trend.</summary>
    public DateOnly TrendStart { get; }

    /// <summary>A year's previous period is the year before, the same as "last year": compared once.</summary>
    public bool HasSeparateLastYear => Period.Kind != PeriodKind.Year;

    /// <summary>
    /// The plan for <paramref name="requested"/> (null: the last complete month) on <paramref name="today"/> (local
    /// date): a period that ends after today is partial; the kind defaults to management for a month, board otherwise.
    /// </summary>
    public static ReportPlan Create(ReportPeriod? requested, ReportKind? kind, DateOnly today, DataCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var period = requested ?? ReportPeriod.LastCompleteMonth(today);
        DateOnly? asOf = period.Start <= today && today <= period.End ? today : null;
        return new ReportPlan(period, asOf, kind ?? DefaultKind(period), coverage);
    }

    /// <summary>A whole period over data known to be complete (tests, in-memory records).</summary>
    public static ReportPlan Whole(ReportPeriod period) => new(period, null, DefaultKind(period), DataCoverage.Complete);

    /// <summary>The Word report a period gets when none is asked for.</summary>
    public static ReportKind DefaultKind(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == PeriodKind.Month ? ReportKind.Management : ReportKind.Board;
    }

    /// <summary>The Word report's name in file names and in the delivery log: <c>management</c> or <c>board</c>.</summary>
    public static string KindName(ReportKind kind) => kind == ReportKind.Board ? "board" : "management";

    /// <summary>
    /// What the delivery log keys a report by: one delivery per (kind, period), so a scheduler catching up delivers a
    /// period once.
    /// </summary>
    public static (string Kind, string Period) DeliveryKey(ReportKind kind, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (KindName(kind), period.ToString());
    }

    /// <summary>Whether <paramref name="source"/>'s data wholly covers the previous period.</summary>
    public bool PreviousCovered(DataSource source) => Coverage.CoversFrom(source, Previous.Start);

    /// <summary>Whether <paramref name="source"/>'s data wholly covers the same period a year earlier.</summary>
    public bool LastYearCovered(DataSource source) => Coverage.CoversFrom(source, LastYear.Start);

    /// <summary>
    /// The span of records to read: from the earliest of the period, the comparison periods and the trend, to the end
    /// of the last day reported.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End) ReadWindow(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        DateOnly[] starts = [Current.Start, Previous.Start, LastYear.Start, TrendStart];
        return (calendar.StartOf(starts.Min()), calendar.StartOf(Current.End.AddDays(1)));
    }

    /// <summary>A file name that sorts by period and survives any file system: <c>tarmeem-quality-2026-10.xlsx</c>.</summary>
    public string FileName(string document, string extension) =>
        $"tarmeem-{document}-{Period.ToString().Replace("..", "_to_", StringComparison.Ordinal)}.{extension}";

    private static ReportPeriod Truncated(ReportPeriod period, int days) =>
        days >= period.DayCount ? period : ReportPeriod.Custom(period.Start, period.Start.AddDays(days - 1));
}
