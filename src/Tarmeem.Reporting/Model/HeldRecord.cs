using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Localization;

namespace Tarmeem.Reporting.Model;

/// <summary>
/// A source record still quarantined at the end of the period, however long ago sync last read it: where it is
/// (source and the source's own id, never personal data), why, and since when.
/// </summary>
public sealed record HeldRecord
{
    /// <summary>E.g. <c>cases</c>, <c>mailbox:inbox</c>.</summary>
    public required string Source { get; init; }

    public required string SourceId { get; init; }

    /// <summary>The operator's English sentence, as sync wrote it (for the command line, not for the documents).</summary>
    public required string Reason { get; init; }

    public QuarantineProblem Problem { get; init; }

    /// <summary>The source column at fault as configured, or null.</summary>
    public string? Field { get; init; }

    /// <summary>What the documents say of it, in Arabic: the kind of problem and its column.</summary>
    public string Description => ReportText.Problem(Problem, Field);

    /// <summary>Local date since which it is held back.</summary>
    public required DateOnly Since { get; init; }

    /// <summary>Local date sync last read it.</summary>
    public required DateOnly LastSeen { get; init; }

    /// <summary>How the report names it: <c>source/id</c>.</summary>
    public string Reference => $"{Source}/{SourceId}";
}
