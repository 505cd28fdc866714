using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Metrics;

/// <summary>Process-quality counts for one branch (or, summed, for all).</summary>
internal sealed class BranchTally
{
    public int Received { get; private set; }

    public int Referred { get; private set; }

    public int Incomplete { get; private set; }

    /// <summary>Of the cases received in the period, accepted by its end.</summary>
    public int Accepted { get; private set; }

    /// <summary>Of the cases received in the period, rejected by its end.</summary>
    public int Rejected { get; private set; }

    /// <summary>Cases decided in the period with a measurable duration, and those within the standard.</summary>
    public int Decided { get; private set; }

    public int WithinStandard { get; private set; }

    public void AddReceived(SupportCase c, bool decidedByEnd)
    {
        Received++;
        if (c.ReferredToResearcher is not null)
        {
            Referred++;
        }

        if (c.IncompleteApplication)
        {
            Incomplete++;
        }

        if (decidedByEnd)
        {
            if (c.Decision == CaseDecision.Accepted)
            {
                Accepted++;
            }
            else if (c.Decision == CaseDecision.Rejected)
            {
                Rejected++;
            }
        }
    }

    public void AddDecision(bool withinStandard)
    {
        Decided++;
        if (withinStandard)
        {
            WithinStandard++;
        }
    }

    public void AddAll(BranchTally other)
    {
        Received += other.Received;
        Referred += other.Referred;
        Incomplete += other.Incomplete;
        Accepted += other.Accepted;
        Rejected += other.Rejected;
        Decided += other.Decided;
        WithinStandard += other.WithinStandard;
    }
}
