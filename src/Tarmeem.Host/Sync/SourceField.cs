namespace Tarmeem.Host.Sync;

/// <summary>A logical field a list source maps to one of its columns.</summary>
/// <param name="Name">The key under <c>Columns</c>, e.g. <c>Received</c>.</param>
/// <param name="Kind">How its value is read.</param>
/// <param name="Required">Whether the mapping must name it.</param>
internal sealed record SourceField(string Name, FieldKind Kind, bool Required)
{
    /// <summary>The column types (Graph's facet names) a column of this field may have.</summary>
    public IReadOnlyList<string> AcceptedTypes => Kind switch
    {
        FieldKind.Key => ["text", "number", "calculated"],
        FieldKind.Choice => ["choice", "text", "calculated"],
        FieldKind.Date => ["dateTime", "calculated"],
        FieldKind.Text => ["text", "calculated"],
        _ => ["boolean", "choice", "text", "calculated"],
    };
}
