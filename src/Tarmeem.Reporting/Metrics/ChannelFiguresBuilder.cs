using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>One row per channel of <see cref="ChannelCatalog.AllForReports"/>, zero rows included.</summary>
internal static class ChannelFiguresBuilder
{
    public static IReadOnlyList<ChannelFigures> Build(PeriodScan current, PeriodScan previous, PeriodScan lastYear)
    {
        var grandTotal = current.Cases.Received + current.Inquiries.Received;
        var rows = new List<ChannelFigures>(ChannelCatalog.AllForReports.Count);
        foreach (var channel in ChannelCatalog.AllForReports)
        {
            var slot = Slots.Of(channel);
            var surveys = current.Surveys;
            rows.Add(new ChannelFigures
            {
                Channel = channel,
                Cases = current.Cases.ReceivedByChannel[slot],
                Inquiries = current.Inquiries.ReceivedByChannel[slot],
                Share = Ratio.Of(current.TotalOf(slot), grandTotal),
                ByBranch = ByBranch(current, slot),
                PreviousTotal = previous.TotalOf(slot),
                LastYearTotal = lastYear.TotalOf(slot),
                FirstResponseMedianHours = current.Inquiries.FirstResponseByChannel[slot].MedianHours(),
                DecisionWithinStandardShare = Ratio.Of(current.Cases.WithinStandardByChannel[slot], current.Cases.DecidedByChannel[slot]),
                InvitationsSent = surveys.SentByChannel[slot],
                Responses = surveys.ResponsesByChannel[slot],
                ResponseRate = Ratio.Of(surveys.ResponsesByChannel[slot], surveys.SentByChannel[slot]),
                Csat = Ratio.Of(surveys.SatisfiedByChannel[slot], surveys.ScoredByChannel[slot]),
                MeanOverall = Ratio.Mean(surveys.ScoreSumByChannel[slot], surveys.ScoredByChannel[slot]),
            });
        }

        return rows;
    }

    private static Dictionary<Branch, int> ByBranch(PeriodScan scan, int channelSlot)
    {
        var byBranch = new Dictionary<Branch, int>(ChannelCatalog.BranchesForReports.Count);
        foreach (var branch in ChannelCatalog.BranchesForReports)
        {
            var cell = (channelSlot * Slots.Branches) + Slots.Of(branch);
            byBranch[branch] = scan.Cases.ReceivedByChannelBranch[cell] + scan.Inquiries.ReceivedByChannelBranch[cell];
        }

        return byBranch;
    }
}
