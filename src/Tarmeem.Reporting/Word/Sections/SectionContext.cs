using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>What every section builder reads: the report, the kind, the number format and the options.</summary>
internal sealed record SectionContext(QualityReport Report, ReportKind Kind, WordNumbers Numbers, WordReportOptions Options)
{
    /// <summary>A year's previous period is the year before, the same as "last year": compare once.</summary>
    public bool HasSeparateLastYear => Report.Period.Kind != Core.Time.PeriodKind.Year;

    /// <summary>«الشهر السابق», «الربع السابق», «العام السابق» or «الفترة السابقة»; «المدة نفسها من …» for a period not yet ended.</summary>
    public string PreviousLabel => WordText.Get($"{(Report.AsOf is null ? "Previous" : "PreviousPartial")}_{Report.Period.Kind}");

    /// <summary>«الشهر نفسه من العام الماضي» and the like.</summary>
    public string LastYearLabel => WordText.Get($"{(Report.AsOf is null ? "LastYear" : "LastYearPartial")}_{Report.Period.Kind}");

    /// <summary>The period's name in the chosen digits: «أكتوبر ٢٠٢٦», «الربع الثالث ٢٠٢٦», «الربع الرابع ٢٠٢٦ حتى ٣ ديسمبر».</summary>
    public string PeriodName => Numbers.Localize(Localization.ReportText.PeriodName(Report.Period, Report.AsOf));

    /// <summary>A fixed text with its digits in the chosen form.</summary>
    public string Text(string key) => Numbers.Localize(WordText.Get(key));

    public string Format(string key, params object?[] args) => Numbers.Localize(WordText.Format(key, args));
}
