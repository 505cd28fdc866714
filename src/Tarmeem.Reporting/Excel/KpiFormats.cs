using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// How a KPI's unit reads in a cell. A change of a share is stored in percentage points (the fraction
/// difference times 100, shown «+3.0 نقطة») so that it is never mistaken for a relative change; it is rounded to nine decimals so
/// that 0.5 − 0.4 reads 10, not 9.999999999999998.
/// </summary>
internal static class KpiFormats
{
    public static Cell Value(double? value, KpiUnit unit) => Cell.Of(value, unit switch
    {
        KpiUnit.Count => CellStyle.Integer,
        KpiUnit.Share => CellStyle.Percent,
        _ => CellStyle.Decimal,
    });

    public static Cell Change(double? change, KpiUnit unit) => unit switch
    {
        KpiUnit.Count => Cell.Of(change, CellStyle.IntegerChange),
        KpiUnit.Share => Cell.Of(change is { } c ? Math.Round(c * 100, 9) : null, CellStyle.PointsChange),
        _ => Cell.Of(change, CellStyle.DecimalChange),
    };
}
