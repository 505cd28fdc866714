using DocumentFormat.OpenXml;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Planning;
using Tarmeem.Reporting.Word.Markup;

namespace Tarmeem.Reporting.Word.Sections;

/// <summary>Channel usage: volumes and shares, the split by branch, and the board's channel mix.</summary>
internal static class ChannelSections
{
    public static IReadOnlyList<OpenXmlElement> Usage(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var channels = context.Report.Channels;
        var total = channels.Sum(c => c.Total);
        var rows = channels.Select(c => Row(
            ArabicLabels.For(c.Channel), n.Count(c.Cases), n.Count(c.Inquiries), n.Count(c.Total), n.Percent(c.Share),
            n.Count(c.PreviousTotal), n.Count(c.LastYearTotal))).ToList();
        rows.Add(Row(
            context.Text("Total"), n.Count(channels.Sum(c => c.Cases)), n.Count(channels.Sum(c => c.Inquiries)), n.Count(total),
            n.Percent(total == 0 ? null : 1.0), n.Count(channels.Sum(c => c.PreviousTotal)), n.Count(channels.Sum(c => c.LastYearTotal))));

        return
        [
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Channel"), context.Text("Col_Cases"), context.Text("Col_Inquiries"), context.Text("Col_Total"), context.Text("Col_Share"), context.PreviousLabel, context.LastYearLabel],
                Rows = rows,
                Weights = [2.6, 0.9, 1.3, 1, 0.9, 1.3, 1.9],
                LastRowIsTotal = true,
            }),
        ];
    }

    public static IReadOnlyList<OpenXmlElement> ByBranch(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var branches = ChannelCatalog.BranchesForReports;
        var channels = context.Report.Channels;
        var rows = channels
            .Select(c => (IReadOnlyList<string>)[ArabicLabels.For(c.Channel), .. branches.Select(b => n.Count(c.ByBranch.GetValueOrDefault(b)))])
            .ToList();
        rows.Add([context.Text("Total"), .. branches.Select(b => n.Count(channels.Sum(c => c.ByBranch.GetValueOrDefault(b))))]);
        return
        [
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Channel"), .. branches.Select(ArabicLabels.For)],
                Rows = rows,
                Weights = [3, .. branches.Select(_ => 1.1)],
                LastRowIsTotal = true,
            }),
        ];
    }

    /// <summary>The board's view: each channel's total and share, and how it moved against the previous period.</summary>
    public static IReadOnlyList<OpenXmlElement> Mix(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Numbers;
        var comparable = context.Report.Comparisons.PreviousCovered(DataSource.Cases) && context.Report.Comparisons.PreviousCovered(DataSource.Inquiries);
        var rows = context.Report.Channels.Select(c => Row(
            ArabicLabels.For(c.Channel), n.Count(c.Total), n.Percent(c.Share), n.Count(c.PreviousTotal),
            KpiFormat.Change(new Kpi { Key = "Channel", Unit = KpiUnit.Count, Direction = KpiDirection.Neutral, Current = c.Total }, c.PreviousTotal, comparable, n)));
        return
        [
            WordTables.Create(new TableSpec
            {
                Headers = [context.Text("Col_Channel"), context.Text("Col_Total"), context.Text("Col_Share"), context.PreviousLabel, context.Text("Kpi_Change")],
                Rows = [.. rows],
                Weights = [3, 1.2, 1, 1.4, 1.4],
            }),
        ];
    }

    private static string[] Row(params string[] cells) => cells;
}
