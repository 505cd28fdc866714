using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Store.Sync;

/// <summary>
/// One line of a list's delta feed, already mapped: the item became a record (<see cref="Case"/> or
/// <see cref="Inquiry"/>), was quarantined (<see cref="QuarantineReason"/>), or was deleted.
/// </summary>
public sealed record ListItemChange
{
    public required string ItemId { get; init; }

    public SupportCase? Case { get; init; }

    public Inquiry? Inquiry { get; init; }

    public string? QuarantineReason { get; init; }

    public QuarantineProblem QuarantineProblem { get; init; }

    /// <summary>The source column at fault, as configured; null when no one column is.</summary>
    public string? QuarantineField { get; init; }

    public bool Deleted { get; init; }

    /// <summary>The beneficiary's survey address when the source maps one (<c>ContactEmail</c>); null when it maps none.</summary>
    public SurveyContact? Contact { get; init; }

    public static ListItemChange Removed(string itemId) => new() { ItemId = itemId, Deleted = true };

    public static ListItemChange Quarantined(string itemId, string reason, QuarantineProblem problem = QuarantineProblem.Unclassified, string? field = null) =>
        new() { ItemId = itemId, QuarantineReason = reason, QuarantineProblem = problem, QuarantineField = field };
}
