using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Charts;
using Tarmeem.Reporting.Model;
using Tarmeem.Reporting.Word.Sections;
using Tarmeem.Reporting.Word.Wording;

namespace Tarmeem.Reporting.Word.Figures;

/// <summary>
/// The report's charts as plain chart data, with Arabic titles and alt texts that state the main numbers.
/// A chart with nothing to show is null: the report then says there is no data instead of an empty frame.
/// </summary>
internal static class ReportCharts
{
    public static CategoryChart? ChannelVolumes(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channels = context.Report.Channels;
        if (channels.Sum(c => c.Total) == 0)
        {
            return null;
        }

        var top = channels.MaxBy(c => c.Total)!;
        return new CategoryChart
        {
            Title = context.Format("Chart_Channels_Title", context.PeriodName),
            AltText = context.Format(
                "Chart_Channels_Alt", context.PeriodName, ArabicLabels.For(top.Channel), context.Numbers.Count(top.Total),
                Figures(context, channels.Select(c => (ArabicLabels.For(c.Channel), (long)c.Total)))),
            Kind = ChartKind.Bar,
            Categories = [.. channels.Select(c => ArabicLabels.For(c.Channel))],
            Series = [new ChartSeries(context.Text("Chart_Total"), [.. channels.Select(c => (double)c.Total)])],
            ValueAxisTitle = context.Text("Chart_Count_Axis"),
        };
    }

    public static CategoryChart? MonthlyTrend(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trend = context.Report.Trend;
        if (trend.Count == 0)
        {
            return null;
        }

        return new CategoryChart
        {
            Title = context.Text("Chart_Trend_Title"),
            AltText = context.Format(
                "Chart_Trend_Alt",
                context.Numbers.Localize(ArabicLabels.MonthAndYear(trend[0].Month)),
                context.Numbers.Localize(ArabicLabels.MonthAndYear(trend[^1].Month)),
                context.Numbers.Count(trend[^1].Cases),
                context.Numbers.Count(trend[^1].Inquiries)),
            Kind = ChartKind.Line,
            Categories = [.. trend.Select(m => context.Numbers.Localize(ArabicLabels.MonthAndYear(m.Month)))],
            Series =
            [
                new ChartSeries(context.Text("Chart_Cases"), [.. trend.Select(m => (double)m.Cases)]),
                new ChartSeries(context.Text("Chart_Inquiries"), [.. trend.Select(m => (double)m.Inquiries)]),
            ],
            ValueAxisTitle = context.Text("Chart_Count_Axis"),
            ShowValueLabels = false,
        };
    }

    public static CategoryChart? DecisionDistribution(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var buckets = context.Report.ResponseTimes.DecisionDistribution;
        if (buckets.Sum(b => b.Count) == 0)
        {
            return null;
        }

        var standard = ArabicCount.Phrase(context.Report.DecisionStandardDays, CountedNoun.Day, context.Numbers);
        var lastWithin = buckets.ToList().FindLastIndex(b => b.WithinStandard);
        var within = buckets.Where(b => b.WithinStandard).Sum(b => b.Count);
        return new CategoryChart
        {
            Title = context.Format("Chart_Decision_Title", standard),
            AltText = context.Format(
                "Chart_Decision_Alt", standard, context.Numbers.Count(within), context.Numbers.Count(buckets.Sum(b => b.Count)),
                Figures(context, buckets.Select(b => (BucketLabel(b, context), (long)b.Count)))),
            Kind = ChartKind.Bar,
            Categories = [.. buckets.Select(b => BucketLabel(b, context))],
            Series = [new ChartSeries(context.Text("Chart_Decisions"), [.. buckets.Select(b => (double)b.Count)])],
            ValueAxisTitle = context.Text("Chart_Decisions_Axis"),
            CategoryAxisTitle = context.Text("Chart_Days_Axis"),
            ReferenceLine = lastWithin >= 0 && lastWithin < buckets.Count - 1
                ? ChartReferenceLine.AfterCategory(lastWithin, context.Format("Chart_Standard", standard))
                : null,
        };
    }

    public static CategoryChart? SatisfactionDistribution(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var distribution = context.Report.Satisfaction.OverallDistribution;
        if (distribution.Sum() == 0)
        {
            return null;
        }

        var satisfied = distribution.Skip(3).Sum();
        return new CategoryChart
        {
            Title = context.Text("Chart_Satisfaction_Title"),
            AltText = context.Format(
                "Chart_Satisfaction_Alt", context.Numbers.Count(satisfied), context.Numbers.Count(distribution.Sum()),
                Figures(context, distribution.Select((count, i) => (context.Text($"Score_{i + 1}"), (long)count)))),
            Kind = ChartKind.Bar,
            Categories = [.. Enumerable.Range(1, distribution.Count).Select(score => context.Text($"Score_{score}"))],
            Series = [new ChartSeries(context.Text("Chart_Responses"), [.. distribution.Select(n => (double)n)])],
            ValueAxisTitle = context.Text("Chart_Responses_Axis"),
        };
    }

    public static CategoryChart? ChannelByBranch(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channels = context.Report.Channels;
        if (channels.Sum(c => c.ByBranch.Values.Sum()) == 0)
        {
            return null;
        }

        return new CategoryChart
        {
            Title = context.Text("Chart_ChannelBranch_Title"),
            AltText = context.Format(
                "Chart_ChannelBranch_Alt",
                Figures(context, ChannelCatalog.BranchesForReports.Select(b => (ArabicLabels.For(b), (long)channels.Sum(c => c.ByBranch.GetValueOrDefault(b))))),
                Figures(context, channels.Select(c => (ArabicLabels.For(c.Channel), (long)c.ByBranch.Values.Sum())))),
            Kind = ChartKind.StackedBar,
            Categories = [.. channels.Select(c => ArabicLabels.For(c.Channel))],
            Series = [.. ChannelCatalog.BranchesForReports.Select(branch => new ChartSeries(
                ArabicLabels.For(branch),
                [.. channels.Select(c => (double)c.ByBranch.GetValueOrDefault(branch))]))],
            ValueAxisTitle = context.Text("Chart_Count_Axis"),
        };
    }

    /// <summary>Every category with its figure, for alt texts: «مكة المكرمة ٥٦٢، جدة ٤٦٧».</summary>
    private static string Figures(SectionContext context, IEnumerable<(string Label, long Value)> items) =>
        string.Join("، ", items.Select(i => $"{i.Label} {context.Numbers.Count(i.Value)}"));

    /// <summary>«٠–٧», «٣١ فأكثر»: the unit is on the axis title.</summary>
    public static string BucketLabel(DurationBucket bucket, SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(context);
        return bucket.To is { } to
            ? context.Format("Bucket_Range", context.Numbers.Count(bucket.From), context.Numbers.Count(to))
            : context.Format("Bucket_OpenEnded", context.Numbers.Count(bucket.From));
    }
}
