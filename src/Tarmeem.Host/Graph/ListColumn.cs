namespace Tarmeem.Host.Graph;

/// <summary>A list column as <c>/lists/{id}/columns</c> describes it.</summary>
/// <param name="Name">Internal name: what item fields are keyed by (Arabic display names arrive encoded, <c>_x0627_…</c>).</param>
/// <param name="DisplayName">What staff see.</param>
/// <param name="Type">The type facet: text, choice, dateTime, number, boolean, lookup, personOrGroup, calculated, other.</param>
/// <param name="Choices">The choices of a choice column.</param>
internal sealed record ListColumn(string Name, string DisplayName, string Type, IReadOnlyList<string> Choices);
