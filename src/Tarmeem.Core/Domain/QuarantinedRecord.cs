namespace Tarmeem.Core.Domain;

/// <summary>
/// A source record that could not be read into the model (an unparseable value, say). It is kept with
/// the reason so that the report's data-quality section counts it and staff can fix it at the source.
/// </summary>
public sealed record QuarantinedRecord
{
    /// <summary>Where it came from, e.g. <c>cases</c>, <c>inquiries</c>, <c>mailbox</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The source's own identifier of the record (a list item id), never personal data.</summary>
    public required string SourceId { get; init; }

    /// <summary>The operator's sentence (English, naming the configuration key to check); never a cell's text.</summary>
    public required string Reason { get; init; }

    /// <summary>The kind of problem, which reports name in Arabic.</summary>
    public QuarantineProblem Problem { get; init; }

    /// <summary>The source column at fault as the configuration names it (a SharePoint column name), or null.</summary>
    public string? Field { get; init; }

    /// <summary>When sync last read it and found it unreadable.</summary>
    public required DateTimeOffset SeenAt { get; init; }

    /// <summary>Since when it is held back (the start of its current quarantine); <see langword="null"/> means <see cref="SeenAt"/>.</summary>
    public DateTimeOffset? Since { get; init; }
}
