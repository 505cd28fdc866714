using Tarmeem.Core.Localization;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>Referrals, incomplete applications and decisions over the cases received in the period, per branch.</summary>
internal static class ProcessQualityBuilder
{
    public static ProcessQualityFigures Build(PeriodScan current)
    {
        var totals = current.Totals;
        var byBranch = new List<BranchProcessFigures>(ChannelCatalog.BranchesForReports.Count);
        foreach (var branch in ChannelCatalog.BranchesForReports)
        {
            var tally = current.Cases.Branches[Slots.Of(branch)];
            byBranch.Add(new BranchProcessFigures
            {
                Branch = branch,
                CasesReceived = tally.Received,
                ReferredShare = Ratio.Of(tally.Referred, tally.Received),
                IncompleteShare = Ratio.Of(tally.Incomplete, tally.Received),
                AcceptanceRate = Ratio.Of(tally.Accepted, tally.Accepted + tally.Rejected),
                DecisionWithinStandardShare = Ratio.Of(tally.WithinStandard, tally.Decided),
            });
        }

        return new ProcessQualityFigures
        {
            CasesReceived = totals.Received,
            Referred = totals.Referred,
            ReferredShare = Ratio.Of(totals.Referred, totals.Received),
            Incomplete = totals.Incomplete,
            IncompleteShare = Ratio.Of(totals.Incomplete, totals.Received),
            Accepted = totals.Accepted,
            Rejected = totals.Rejected,
            AcceptanceRate = Ratio.Of(totals.Accepted, totals.Accepted + totals.Rejected),
            ByBranch = byBranch,
        };
    }
}
