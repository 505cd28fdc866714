namespace Tarmeem.Host.StoreCopy;

/// <summary>
/// A data table as the source's schema describes it: every column in order, the primary key (the copy's and the
/// checksum's row order) and the tables its foreign keys point at (copied before it).
/// </summary>
internal sealed record CopyTable(string Name, IReadOnlyList<CopyColumn> Columns, IReadOnlyList<string> Key, IReadOnlyList<string> Parents)
{
    public IReadOnlyList<CopyColumn> Written => [.. Columns.Where(column => !column.Generated)];

    /// <summary>Every column, generated ones too: the checksum also proves the target computes them as the source did.</summary>
    public string SelectSql(string textCollation) =>
        $"SELECT {string.Join(", ", Columns.Select(column => SqlNames.Quote(column.Name)))} FROM {SqlNames.Quote(Name)} "
        + $"ORDER BY {OrderBy(textCollation)}";

    /// <summary>
    /// The key in byte order on both databases (SQLite's BINARY is PostgreSQL's "C"); a table without a key is ordered
    /// by all its columns, NULLs first as SQLite puts them.
    /// </summary>
    private string OrderBy(string textCollation)
    {
        var order = Key.Count > 0 ? Key.Select(name => Columns.First(column => column.Name == name)) : Columns;
        return string.Join(", ", order.Select(column =>
            SqlNames.Quote(column.Name) + (column.IsText ? $" COLLATE {textCollation}" : "") + " NULLS FIRST"));
    }
}
