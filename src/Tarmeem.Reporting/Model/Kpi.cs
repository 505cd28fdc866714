namespace Tarmeem.Reporting.Model;

/// <summary>
/// One headline indicator with its comparisons. <see cref="Key"/> names the Arabic label in the report
/// resources (<c>Kpi_{Key}</c>). Changes are absolute differences (percentage points for shares).
/// </summary>
public sealed record Kpi
{
    public required string Key { get; init; }

    public required KpiUnit Unit { get; init; }

    public required KpiDirection Direction { get; init; }

    public double? Current { get; init; }

    public double? Previous { get; init; }

    public double? LastYear { get; init; }

    public double? ChangeFromPrevious => Current - Previous;

    public double? ChangeFromLastYear => Current - LastYear;

    /// <summary>Whether the change from <paramref name="baseline"/> is an improvement, a decline or neither.</summary>
    public ChangeVerdict Judge(double? baseline)
    {
        var change = Current - baseline;
        if (change is null || Direction == KpiDirection.Neutral || Math.Abs(change.Value) < 1e-9)
        {
            return ChangeVerdict.Unchanged;
        }

        var better = Direction == KpiDirection.HigherIsBetter ? change > 0 : change < 0;
        return better ? ChangeVerdict.Better : ChangeVerdict.Worse;
    }
}
