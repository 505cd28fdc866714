using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>
/// A KPI's values and changes as table text. Changes are written as an arrow (▲ up, ▼ down) with the
/// absolute change, and for indicators that have a better direction the verdict word (تحسّن / تراجع).
/// Changes of shares are percentage points.
/// </summary>
internal static class KpiFormat
{
    public static string Value(Kpi kpi, double? value, WordNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(numbers);
        if (value is null)
        {
            return WordNumbers.Missing;
        }

        return kpi.Unit switch
        {
            KpiUnit.Count => numbers.Count((long)Math.Round(value.Value)),
            KpiUnit.Share => numbers.Percent(value.Value),
            KpiUnit.Score => numbers.Number(value.Value, 2),
            _ => numbers.Number(value.Value, 1),
        };
    }

    public static string Change(Kpi kpi, double? baseline, WordNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(numbers);
        var change = kpi.Current - baseline;
        if (change is null)
        {
            return WordNumbers.Missing;
        }

        var magnitude = Math.Abs(kpi.Unit == KpiUnit.Share ? change.Value * 100 : change.Value);
        if (magnitude < 0.05)
        {
            return ReportText.Verdict(ChangeVerdict.Unchanged);
        }

        var arrow = WordText.Get(change > 0 ? "Arrow_Up" : "Arrow_Down");
        var amount = kpi.Unit switch
        {
            KpiUnit.Count => numbers.Count((long)Math.Round(magnitude)),
            KpiUnit.Score => numbers.Number(magnitude, 2),
            _ => numbers.Number(magnitude, 1),
        };
        var verdict = kpi.Judge(baseline);
        return verdict == ChangeVerdict.Unchanged
            ? $"{arrow} {amount}"
            : $"{arrow} {amount} ({ReportText.Verdict(verdict)})";
    }
}
