namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary>The type facet a column definition carries.</summary>
public enum ColumnKind
{
    Text,
    Choice,
    DateTime,
    Number,
    Boolean,
    PersonOrGroup,
    Lookup,
}
