using DocumentFormat.OpenXml;
using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word.Figures;
using Tarmeem.Reporting.Word.Sections;

namespace Tarmeem.Reporting.Word.Filling;

/// <summary>
/// Decides what fills each named place of a report kind. The board report gets aggregates only: no
/// comments, no case numbers, nothing that names a person.
/// </summary>
internal static class ReportComposer
{
    public static void Fill(TemplatePlaces places, SectionContext context, ChartPictures pictures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pictures);
        var issued = context.Numbers.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Report.GeneratedAt, RiyadhTime.Zone).DateTime));
        places.FillText(NamedPlaces.HeaderDate, issued);
        places.FillText(NamedPlaces.CoverDate, issued);
        places.FillText(NamedPlaces.CoverPeriod, CoverPeriod(context));

        var noData = context.Text("Chart_NoData");
        var blocks = context.Kind == ReportKind.Board ? Board(context, pictures, noData) : Management(context, pictures, noData);
        foreach (var (tag, build) in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            places.FillBlock(tag, build());
        }
    }

    private static List<(string Tag, Func<IReadOnlyList<OpenXmlElement>> Build)> Management(SectionContext c, ChartPictures pictures, string noData) =>
    [
        (NamedPlaces.Summary, () => ManagementSummary.Build(c)),
        (NamedPlaces.Kpis, () => KpiSection.Build(c)),
        (NamedPlaces.ChartTrend, () => pictures.Place(ReportCharts.MonthlyTrend(c), noData)),
        (NamedPlaces.Channels, () => ChannelSections.Usage(c)),
        (NamedPlaces.ChartChannels, () => pictures.Place(ReportCharts.ChannelVolumes(c), noData)),
        (NamedPlaces.ChannelsByBranch, () => ChannelSections.ByBranch(c)),
        (NamedPlaces.ChartChannelBranch, () => pictures.Place(ReportCharts.ChannelByBranch(c), noData)),
        (NamedPlaces.ResponseTimes, () => ResponseSections.Times(c)),
        (NamedPlaces.ChartResponse, () => pictures.Place(ReportCharts.DecisionDistribution(c), noData)),
        (NamedPlaces.Aging, () => OpenCaseSections.Aging(c)),
        (NamedPlaces.OpenCases, () => OpenCaseSections.PastStandard(c)),
        (NamedPlaces.Satisfaction, () => SatisfactionSections.PerQuestion(c)),
        (NamedPlaces.ChartSatisfaction, () => pictures.Place(ReportCharts.SatisfactionDistribution(c), noData)),
        (NamedPlaces.SatisfactionByChannel, () => SatisfactionSections.PerChannel(c)),
        (NamedPlaces.Comments, () => SatisfactionSections.Comments(c)),
        (NamedPlaces.ProcessQuality, () => QualitySections.Process(c)),
        (NamedPlaces.DataQuality, () => QualitySections.Data(c)),
    ];

    private static List<(string Tag, Func<IReadOnlyList<OpenXmlElement>> Build)> Board(SectionContext c, ChartPictures pictures, string noData) =>
    [
        (NamedPlaces.Summary, () => ExecutiveSummary.Build(c)),
        (NamedPlaces.Kpis, () => KpiSection.Build(c)),
        (NamedPlaces.ChartTrend, () => pictures.Place(ReportCharts.MonthlyTrend(c), noData)),
        (NamedPlaces.Compliance, () => ResponseSections.Compliance(c)),
        (NamedPlaces.ChartResponse, () => pictures.Place(ReportCharts.DecisionDistribution(c), noData)),
        (NamedPlaces.Satisfaction, () => SatisfactionSections.PerQuestion(c)),
        (NamedPlaces.ChartSatisfaction, () => pictures.Place(ReportCharts.SatisfactionDistribution(c), noData)),
        (NamedPlaces.ChannelMix, () => ChannelSections.Mix(c)),
        (NamedPlaces.ChartChannels, () => pictures.Place(ReportCharts.ChannelVolumes(c), noData)),
        (NamedPlaces.ChartChannelBranch, () => pictures.Place(ReportCharts.ChannelByBranch(c), noData)),
        (NamedPlaces.Recommendations, () => Recommendations.Build(c)),
    ];

    /// <summary>«الربع الثالث ٢٠٢٦ (من ٢٠٢٦/٠٧/٠١ م إلى ٢٠٢٦/٠٩/٣٠ م)».</summary>
    private static string CoverPeriod(SectionContext c) =>
        c.Format("Cover_Period", c.PeriodName, c.Numbers.ShortDate(c.Report.Period.Start), c.Numbers.ShortDate(c.Report.AsOf ?? c.Report.Period.End));
}
