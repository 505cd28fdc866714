using Tarmeem.Core.Time;

namespace Tarmeem.Reporting.Model;

/// <summary>
/// Everything management and the board are told about one period, computed once from the records and
/// rendered by every writer (Excel, Word). A pure value: same records, period and options, same report.
/// </summary>
public sealed record QualityReport
{
    public required ReportPeriod Period { get; init; }

    /// <summary>The last day reported when the period has not ended yet; null for a period that has ended.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Which comparison periods the data wholly covers.</summary>
    public Comparisons Comparisons { get; init; } = Comparisons.Complete;

    /// <summary>When the report was produced (from the injected clock), for the document's properties.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The decision standard in calendar days (the policy's two weeks; configurable).</summary>
    public required int DecisionStandardDays { get; init; }

    /// <summary>True when the period holds no case, inquiry or survey at all: writers then say so.</summary>
    public bool IsEmpty => Current.CasesReceived == 0 && Current.InquiriesReceived == 0 && Current.InvitationsSent == 0;

    public required PeriodFigures Current { get; init; }

    public required PeriodFigures Previous { get; init; }

    public required PeriodFigures LastYear { get; init; }

    /// <summary>The headline indicators with their comparisons, in display order.</summary>
    public required IReadOnlyList<Kpi> Kpis { get; init; }

    /// <summary>All eight channels then «غير محدد», zero rows included.</summary>
    public required IReadOnlyList<ChannelFigures> Channels { get; init; }

    /// <summary>The twelve months ending with the period's last month, oldest first.</summary>
    public required IReadOnlyList<MonthFigures> Trend { get; init; }

    public required ResponseTimeFigures ResponseTimes { get; init; }

    public required SatisfactionFigures Satisfaction { get; init; }

    public required ProcessQualityFigures ProcessQuality { get; init; }

    public required DataQualityFigures DataQuality { get; init; }

    /// <summary>One row per case received in the period (the row-level sheet), in case-number order.</summary>
    public required IReadOnlyList<CaseRow> CaseRows { get; init; }
}
