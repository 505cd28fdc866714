using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using static Tarmeem.Reporting.Tests.Metrics.MetricsTestData;

namespace Tarmeem.Reporting.Tests.Metrics;

public sealed class ChannelFiguresTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Compute_Channels_AlwaysNineRowsInCatalogOrder()
    {
        var channels = ComputeOctober().Channels;

        Assert.Equal(ChannelCatalog.AllForReports, channels.Select(c => c.Channel));
        Assert.All(channels, c => Assert.Equal(ChannelCatalog.BranchesForReports.Order(), c.ByBranch.Keys.Order()));
        Assert.Equal([2, 4, 2, 1, 1, 0, 4, 0, 2], channels.Select(c => c.Total));
    }

    [Fact]
    public void Compute_CaseRows_RecountToChannelCaseTotals()
    {
        var report = ComputeOctober();

        foreach (var channel in report.Channels)
        {
            Assert.Equal(channel.Cases, report.CaseRows.Count(r => r.Channel == channel.Channel));
        }

        Assert.Equal(report.Current.CasesReceived, report.CaseRows.Count);
        Assert.Equal(report.CaseRows.Select(r => r.CaseNumber).Order(StringComparer.Ordinal), report.CaseRows.Select(r => r.CaseNumber));
    }

    [Fact]
    public void Compute_PhoneChannel_ShareBranchesComparisonsAndSpeed()
    {
        var phone = ComputeOctober().Channels.Single(c => c.Channel == Channel.Phone);

        Assert.Equal(1, phone.Cases);
        Assert.Equal(3, phone.Inquiries);
        Assert.Equal(0.25, phone.Share!.Value, Tolerance);
        Assert.Equal(2, phone.ByBranch[Branch.Makkah]);
        Assert.Equal(2, phone.ByBranch[Branch.Jeddah]);
        Assert.Equal(0, phone.ByBranch[Branch.Taif]);
        Assert.Equal(2, phone.PreviousTotal);
        Assert.Equal(1, phone.LastYearTotal);
        Assert.Equal(2, phone.FirstResponseMedianHours!.Value, 1e-6);
        Assert.Equal(0.5, phone.DecisionWithinStandardShare!.Value, Tolerance);
        Assert.Equal(2, phone.InvitationsSent);
        Assert.Equal(2, phone.Responses);
        Assert.Equal(0.5, phone.Csat!.Value, Tolerance);
        Assert.Equal(3, phone.MeanOverall!.Value, Tolerance);
    }

    [Fact]
    public void Compute_UnspecifiedChannel_CountedInVolumes()
    {
        var unspecified = ComputeOctober().Channels[^1];

        Assert.Equal(Channel.Unspecified, unspecified.Channel);
        Assert.Equal(1, unspecified.Cases);
        Assert.Equal(1, unspecified.Inquiries);
        Assert.Equal(1, unspecified.ByBranch[Branch.Unspecified]);
    }

    [Fact]
    public void Compute_SocialMediaInvitationUnanswered_ZeroRateNullCsat()
    {
        var social = ComputeOctober().Channels.Single(c => c.Channel == Channel.SocialMedia);

        Assert.Equal(1, social.InvitationsSent);
        Assert.Equal(0, social.ResponseRate!.Value, Tolerance);
        Assert.Null(social.Csat);
    }

    [Fact]
    public void Compute_Trend_TwelveMonthsEndingWithThePeriod()
    {
        var trend = ComputeOctober().Trend;

        Assert.Equal(12, trend.Count);
        Assert.Equal(new DateOnly(2025, 11, 1), trend[0].Month);
        Assert.Equal(new DateOnly(2026, 10, 1), trend[^1].Month);

        var september = trend[^2];
        Assert.Equal(2, september.Cases);
        Assert.Equal(1, september.Inquiries);
        Assert.Equal(10, september.DecisionMedianDays!.Value, Tolerance);
        Assert.Equal(1, september.Responses);
        Assert.Equal(1.0, september.Csat!.Value, Tolerance);

        var october = trend[^1];
        Assert.Equal(8, october.Cases);
        Assert.Equal(8, october.Inquiries);
        Assert.Equal(4, october.ByChannel[Channel.Phone]);
        Assert.Equal(9, october.ByChannel.Count);
        Assert.Equal(14, october.DecisionMedianDays!.Value, Tolerance);
        Assert.Equal(4.0 / 6, october.DecisionWithinStandardShare!.Value, Tolerance);
        Assert.Equal(0.5, october.Csat!.Value, Tolerance);
        Assert.All(trend.Take(10), m => Assert.Equal(0, m.Cases + m.Inquiries));
    }
}
