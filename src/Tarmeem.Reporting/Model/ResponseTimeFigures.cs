using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>How long things took, against the decision standard, and what is still waiting.</summary>
public sealed record ResponseTimeFigures
{
    /// <summary>Received → decision for cases decided in the period, bucketed in calendar days.</summary>
    public required IReadOnlyList<DurationBucket> DecisionDistribution { get; init; }

    /// <summary>Median and 90th percentile from receipt to each step reached in the period.</summary>
    public required IReadOnlyList<StepDuration> Steps { get; init; }

    /// <summary>Inquiry first-response distribution, bucketed in hours.</summary>
    public required IReadOnlyList<DurationBucket> FirstResponseDistribution { get; init; }

    /// <summary>Open cases at the end of the period by the step they wait after, and by age.</summary>
    public required IReadOnlyList<OpenCaseAging> Aging { get; init; }

    /// <summary>Case numbers only: open at period end, undecided, older than the standard; oldest first.</summary>
    public required IReadOnlyList<OpenCase> OpenPastStandard { get; init; }
}
