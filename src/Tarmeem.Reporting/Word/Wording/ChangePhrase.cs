using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Word.Wording;

/// <summary>
/// How a figure moved against a baseline, as a clause: «بزيادة قدرها ٣ حالات عن الربع السابق»,
/// «بانخفاض قدره نقطتان مئويتان عن الربع السابق (تراجع)», «دون تغيير عن الربع السابق», or, when the
/// baseline has no data, «ولا تتوفر بيانات عن الربع السابق للمقارنة». The amount follows «قدرها/قدره»
/// as a predicate, so its noun is always nominative.
/// </summary>
internal static class ChangePhrase
{
    /// <summary>A change of a count (cases, inquiries): increase/decrease.</summary>
    public static string OfCount(long current, long baseline, CountedNoun noun, string baselineLabel, WordNumbers numbers)
    {
        var change = current - baseline;
        if (change == 0)
        {
            return WordText.Format("Change_None", baselineLabel);
        }

        var amount = ArabicCount.Phrase(Math.Abs(change), noun, numbers);
        return WordText.Format(change > 0 ? "Change_Count_Up" : "Change_Count_Down", amount, baselineLabel);
    }

    /// <summary>
    /// A change of a level (a share in points, a duration in days) with its verdict. <paramref name="current"/> and
    /// <paramref name="baseline"/> are in the printed unit (percentages for shares) and the change is the difference
    /// of the two as printed with <paramref name="decimals"/>, so «دون تغيير» only when the printed values are equal.
    /// </summary>
    public static string OfLevel(double? current, double? baseline, int decimals, Func<double, string> amount, KpiDirection direction, string baselineLabel)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (PrintedNumber.Difference(current, baseline, decimals) is not { } change)
        {
            return WordText.Format("Change_Missing", baselineLabel);
        }

        if (change == 0)
        {
            return WordText.Format("Change_None", baselineLabel);
        }

        var verdict = new Kpi { Key = "Change", Unit = KpiUnit.Count, Direction = direction }.Verdict(change);
        var suffix = verdict == ChangeVerdict.Unchanged ? string.Empty : WordText.Format("Change_Verdict", ReportText.Verdict(verdict));
        return WordText.Format(change > 0 ? "Change_Level_Up" : "Change_Level_Down", amount(Math.Abs(change)), baselineLabel, suffix);
    }
}
