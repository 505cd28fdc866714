using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>
/// A KPI's values and changes as table text. Changes are written as an arrow (▲ up, ▼ down) with the
/// absolute change, and for indicators that have a better direction the verdict word (تحسّن / تراجع).
/// Changes of shares are percentage points. A change is the difference of the two values as printed here
/// (whole percentages, scores to two decimals, days and hours to one), so the reader's own subtraction
/// agrees with it; «دون تغيير» means the printed values are equal.
/// </summary>
internal static class KpiFormat
{
    /// <summary>Decimals printed for a unit; shares in whole percentages (and so whole points).</summary>
    public static int Decimals(KpiUnit unit) => unit switch
    {
        KpiUnit.Count or KpiUnit.Share => 0,
        KpiUnit.Score => 2,
        _ => 1,
    };

    public static string Value(Kpi kpi, double? value, WordNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(numbers);
        if (value is null)
        {
            return WordNumbers.Missing;
        }

        var decimals = Decimals(kpi.Unit);
        return kpi.Unit switch
        {
            KpiUnit.Count => numbers.Count((long)PrintedNumber.Round(value.Value, 0)),
            KpiUnit.Share => numbers.Percent(value.Value),
            _ => numbers.Number(value.Value, decimals),
        };
    }

    /// <summary>The change, or «لا تتوفر بيانات كاملة للمقارنة» when the data does not wholly cover the baseline's period.</summary>
    public static string Change(Kpi kpi, double? baseline, bool comparable, WordNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(numbers);
        if (!comparable)
        {
            return ReportText.Get("NotComparable");
        }

        var decimals = Decimals(kpi.Unit);
        if (kpi.PrintedChange(baseline, decimals) is not { } change)
        {
            return WordNumbers.Missing;
        }

        if (change == 0)
        {
            return ReportText.Verdict(ChangeVerdict.Unchanged);
        }

        var arrow = WordText.Get(change > 0 ? "Arrow_Up" : "Arrow_Down");
        var magnitude = Math.Abs(change);
        var amount = kpi.Unit == KpiUnit.Count ? numbers.Count((long)magnitude) : numbers.Number(magnitude, Math.Max(decimals, 1));
        var verdict = kpi.Verdict(change);
        return verdict == ChangeVerdict.Unchanged
            ? $"{arrow} {amount}"
            : $"{arrow} {amount} ({ReportText.Verdict(verdict)})";
    }
}
