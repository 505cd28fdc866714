using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>Open cases waiting after one step, counted by age since receipt (calendar days).</summary>
public sealed record OpenCaseAging
{
    /// <summary>The last step the case completed.</summary>
    public required CaseStep WaitingAfter { get; init; }

    public int UpTo7Days { get; init; }

    public int From8To14Days { get; init; }

    public int From15To30Days { get; init; }

    public int Over30Days { get; init; }

    public int Total => UpTo7Days + From8To14Days + From15To30Days + Over30Days;
}
