using DocumentFormat.OpenXml;
using Tarmeem.Reporting.Localization;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>The headline indicators against the previous period and the same period a year earlier.</summary>
internal static class KpiSection
{
    public static IReadOnlyList<OpenXmlElement> Build(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        var numbers = context.Numbers;
        var lastYear = context.HasSeparateLastYear;

        List<string> headers = [context.Text("Kpi_Indicator"), context.PeriodName, context.PreviousLabel, context.Text("Kpi_Change")];
        if (lastYear)
        {
            headers.AddRange([context.LastYearLabel, context.Text("Kpi_Change")]);
        }

        var rows = report.Kpis.Select(kpi =>
        {
            List<string> row =
            [
                context.Numbers.Localize(ReportText.KpiLabel(kpi.Key)),
                KpiFormat.Value(kpi, kpi.Current, numbers),
                KpiFormat.Value(kpi, kpi.Previous, numbers),
                KpiFormat.Change(kpi, kpi.Previous, kpi.PreviousComparable, numbers),
            ];
            if (lastYear)
            {
                row.AddRange([KpiFormat.Value(kpi, kpi.LastYear, numbers), KpiFormat.Change(kpi, kpi.LastYear, kpi.LastYearComparable, numbers)]);
            }

            return (IReadOnlyList<string>)row;
        }).ToList();

        var table = WordTables.Create(new TableSpec
        {
            Headers = headers,
            Rows = rows,
            Weights = lastYear ? [3.4, 1.2, 1.2, 1.7, 1.2, 1.7] : [3.4, 1.3, 1.3, 2],
        });
        return [table, WordParagraphs.Create(StyleIds.Note, context.Text("Kpi_Footnote"))];
    }
}
