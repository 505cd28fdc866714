using Tarmeem.Reporting.Planning;

namespace Tarmeem.Reporting.Model;

/// <summary>
/// Which comparison periods the data wholly covers, per source. A figure whose comparison period is not covered
/// shows «لا تتوفر بيانات كاملة للمقارنة» instead of a change, and the summary makes no claim about it.
/// </summary>
public sealed record Comparisons
{
    public static Comparisons Complete { get; } = new();

    public IReadOnlyList<DataSource> PreviousIncomplete { get; init; } = [];

    public IReadOnlyList<DataSource> LastYearIncomplete { get; init; } = [];

    /// <summary>The first day the data covers among the sources that fall short, to say why; null when none does or there is no data.</summary>
    public DateOnly? DataFrom { get; init; }

    public bool PreviousCovered(DataSource source) => !PreviousIncomplete.Contains(source);

    public bool LastYearCovered(DataSource source) => !LastYearIncomplete.Contains(source);

    public static Comparisons Of(ReportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sources = Enum.GetValues<DataSource>();
        var previous = sources.Where(s => !plan.PreviousCovered(s)).ToList();
        var lastYear = sources.Where(s => !plan.LastYearCovered(s)).ToList();
        return new Comparisons
        {
            PreviousIncomplete = previous,
            LastYearIncomplete = lastYear,
            DataFrom = previous.Concat(lastYear).Select(s => plan.Coverage.From(s)).Where(d => d is not null).Min(),
        };
    }
}
