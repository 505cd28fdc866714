using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>Receipt → a step, for the cases that reached that step in the period.</summary>
public sealed record StepDuration
{
    public required CaseStep Step { get; init; }

    public required DurationStats Stats { get; init; }
}
