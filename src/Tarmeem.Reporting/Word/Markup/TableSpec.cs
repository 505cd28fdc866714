namespace Tarmeem.Reporting.Word.Markup;

/// <summary>
/// A table to write: header texts, body rows (one text per column), relative column widths, the first
/// column that holds numbers (centred), and whether the last row is a total (bold).
/// </summary>
internal sealed record TableSpec
{
    public required IReadOnlyList<string> Headers { get; init; }

    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>One weight per column; equal widths when null.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    public int NumericFrom { get; init; } = 1;

    public bool LastRowIsTotal { get; init; }
}
