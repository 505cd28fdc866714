using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>An open case past the standard: its number and facts, nothing personal.</summary>
public sealed record OpenCase
{
    public required string CaseNumber { get; init; }

    public required Channel Channel { get; init; }

    public required Branch Branch { get; init; }

    public required DateOnly Received { get; init; }

    public required CaseStep WaitingAfter { get; init; }

    public required int AgeDays { get; init; }
}
