using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// How a KPI's unit reads in a cell. A change of a share is stored in percentage points (shown «+3.0 نقطة») so
/// that it is never mistaken for a relative change. Every change is the difference of the two values as their
/// cell formats print them (counts whole, shares to 0.1 %, days, hours and scores to one decimal), so the
/// reader's own subtraction agrees with it.
/// </summary>
internal static class KpiFormats
{
    /// <summary>The decimals the value formats print, in the change's unit (points for shares).</summary>
    public const int ChangeDecimals = 1;

    public static Cell Value(double? value, KpiUnit unit) => Cell.Of(value, unit switch
    {
        KpiUnit.Count => CellStyle.Integer,
        KpiUnit.Share => CellStyle.Percent,
        _ => CellStyle.Decimal,
    });

    /// <summary>The printed change, or «لا تتوفر بيانات كاملة للمقارنة» when the data does not wholly cover the baseline's period.</summary>
    public static Cell Change(Kpi kpi, double? baseline, bool comparable) => !comparable
        ? NotComparable
        : Cell.Of(PrintedChange(kpi, baseline), kpi.Unit switch
        {
            KpiUnit.Count => CellStyle.IntegerChange,
            KpiUnit.Share => CellStyle.PointsChange,
            _ => CellStyle.DecimalChange,
        });

    public static Cell NotComparable => Cell.Of(ReportText.Get("NotComparable"), CellStyle.Wrapped);

    public static double? PrintedChange(Kpi kpi, double? baseline) =>
        kpi.PrintedChange(baseline, kpi.Unit == KpiUnit.Count ? 0 : ChangeDecimals);
}
