namespace Tarmeem.Reporting.Model;

/// <summary>
/// One headline indicator with its comparisons. <see cref="Key"/> names the Arabic label in the report
/// resources (<c>Kpi_{Key}</c>). Changes are absolute differences of the printed values (percentage points for shares).
/// </summary>
public sealed record Kpi
{
    public required string Key { get; init; }

    public required KpiUnit Unit { get; init; }

    public required KpiDirection Direction { get; init; }

    public double? Current { get; init; }

    public double? Previous { get; init; }

    public double? LastYear { get; init; }

    /// <summary>False when the data does not wholly cover the previous period: no change is shown against it.</summary>
    public bool PreviousComparable { get; init; } = true;

    /// <summary>False when the data does not wholly cover the same period a year earlier.</summary>
    public bool LastYearComparable { get; init; } = true;

    /// <summary>
    /// The change from <paramref name="baseline"/> as the page can check it: both values rounded to
    /// <paramref name="decimals"/> of their printed unit (percentage points for shares), then subtracted.
    /// </summary>
    public double? PrintedChange(double? baseline, int decimals)
    {
        var scale = Unit == KpiUnit.Share ? 100 : 1;
        return PrintedNumber.Difference(Current * scale, baseline * scale, decimals);
    }

    /// <summary>Whether a printed change is an improvement, a decline or neither (none when nothing printed moved).</summary>
    public ChangeVerdict Verdict(double? printedChange)
    {
        if (printedChange is not { } change || Direction == KpiDirection.Neutral || change == 0)
        {
            return ChangeVerdict.Unchanged;
        }

        var better = Direction == KpiDirection.HigherIsBetter ? change > 0 : change < 0;
        return better ? ChangeVerdict.Better : ChangeVerdict.Worse;
    }
}
