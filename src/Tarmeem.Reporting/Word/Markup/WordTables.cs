using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Markup;

/// <summary>
/// Right-to-left tables in the template's table style: <c>w:bidiVisual</c> puts the first column on the
/// right, the header row repeats on every page and rows do not split across pages. A short table is kept on
/// one page; a long one keeps its header with the first rows and its last rows together, so no page starts
/// or ends with a lone row (paragraphs kept with the next, which Word and LibreOffice both honour in tables).
/// </summary>
internal static class WordTables
{
    /// <summary>The text width between the margins, in twentieths of a point (A4, 2 cm margins).</summary>
    public const int TextWidthTwips = 9638;

    /// <summary>Tables of at most this many rows (header included) stay on one page.</summary>
    private const int KeepWholeRows = 16;

    /// <summary>Rows kept together at each end of a longer table.</summary>
    private const int KeepEndRows = 3;

    public static Table Create(TableSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var columns = spec.Headers.Count;
        var widths = Widths(spec.Weights ?? Enumerable.Repeat(1.0, columns).ToArray(), columns);

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.Table },
                new BiDiVisual(),
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var count = spec.Rows.Count + 1;
        table.Append(Row(spec.Headers, widths, header: true, bold: true, spec.NumericFrom, KeepWithNext(0, count)));
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            if (row.Count != columns)
            {
                throw new ArgumentException($"Table row {i + 1} has {row.Count} cells for {columns} columns.", nameof(spec));
            }

            table.Append(Row(row, widths, header: false, bold: spec.LastRowIsTotal && i == spec.Rows.Count - 1, spec.NumericFrom, KeepWithNext(i + 1, count)));
        }

        return table;
    }

    /// <summary>Whether row <paramref name="index"/> (0 = header) of <paramref name="count"/> stays on the page of the row after it.</summary>
    private static bool KeepWithNext(int index, int count) =>
        index < count - 1 && (count <= KeepWholeRows || index < KeepEndRows || index >= count - KeepEndRows);

    private static TableRow Row(IReadOnlyList<string> texts, int[] widths, bool header, bool bold, int numericFrom, bool keepWithNext)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var c = 0; c < texts.Count; c++)
        {
            var style = header ? StyleIds.TableHeading : StyleIds.TableText;
            var paragraph = WordParagraphs.Create(style, [WordParagraphs.Run(texts[c], bold && !header)], centered: header || c >= numericFrom, keepNext: keepWithNext);
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                paragraph));
        }

        return row;
    }

    private static int[] Widths(IReadOnlyList<double> weights, int columns)
    {
        if (weights.Count != columns)
        {
            throw new ArgumentException($"{weights.Count} column weights for {columns} columns.", nameof(weights));
        }

        var total = weights.Sum();
        return [.. weights.Select(w => (int)Math.Round(TextWidthTwips * w / total))];
    }
}
