using System.Globalization;
using System.Resources;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Localization;

/// <summary>
/// The Arabic wording of reports, from <c>ReportText.resx</c> (neutral language Arabic). Domain value
/// labels (channels, branches, steps) come from <see cref="ArabicLabels"/>.
/// </summary>
public static class ReportText
{
    private static readonly ResourceManager Resources = new("Tarmeem.Reporting.Localization.ReportText", typeof(ReportText).Assembly);

    public static string KpiLabel(string key) => Get($"Kpi_{key}");

    public static string FindingLabel(DataQualityKind kind) => Get($"Finding_{kind}");

    public static string Verdict(ChangeVerdict verdict) => Get($"Verdict_{verdict}");

    /// <summary>Why a record is held back, in Arabic: «قيمة ليست تاريخاً أو وقتاً صالحاً ، العمود DataVerified».</summary>
    public static string Problem(QuarantineProblem problem, string? field) =>
        string.IsNullOrWhiteSpace(field) ? Get($"Problem_{problem}") : Format("Problem_InField", Get($"Problem_{problem}"), field);

    /// <summary>The period as a heading: «أكتوبر 2026», «الربع الثالث 2026», «عام 2026», «من … إلى …».</summary>
    /// <summary>The period's name, and for a period not yet ended the day it is reported to: «الربع الرابع 2026 حتى 3 ديسمبر».</summary>
    public static string PeriodName(ReportPeriod period, DateOnly? asOf) =>
        asOf is { } last
            ? Format("Period_AsOf", PeriodName(period), $"{last.Day.ToString(CultureInfo.InvariantCulture)} {ArabicLabels.MonthName(last.Month)}")
            : PeriodName(period);

    public static string PeriodName(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var year = period.Start.Year.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Month => ArabicLabels.MonthAndYear(period.Start),
            PeriodKind.Quarter => $"{Get($"Period_Quarter_{((period.Start.Month - 1) / 3) + 1}")} {year}",
            PeriodKind.Year => $"{Get("Period_Year")} {year}",
            _ => $"{Get("Period_From")} {period.Start.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)} {Get("Period_To")} {period.End.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)}",
        };
    }

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>A label by key; a missing key is a build mistake, so it throws rather than showing the key.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"No Arabic text '{key}' in Tarmeem.Reporting/Localization/ReportText.resx.");
}
