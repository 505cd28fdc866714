using DocumentFormat.OpenXml.Wordprocessing;

namespace Tarmeem.Reporting.Word.Markup;

/// <summary>
/// Right-to-left tables in the template's table style: <c>w:bidiVisual</c> puts the first column on the
/// right, the header row repeats on every page and rows do not split across pages.
/// </summary>
internal static class WordTables
{
    /// <summary>The text width between the margins, in twentieths of a point (A4, 2 cm margins).</summary>
    public const int TextWidthTwips = 9638;

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

        table.Append(Row(spec.Headers, widths, header: true, bold: true, spec.NumericFrom));
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            if (row.Count != columns)
            {
                throw new ArgumentException($"Table row {i + 1} has {row.Count} cells for {columns} columns.", nameof(spec));
            }

            table.Append(Row(row, widths, header: false, bold: spec.LastRowIsTotal && i == spec.Rows.Count - 1, spec.NumericFrom));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> texts, int[] widths, bool header, bool bold, int numericFrom)
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
            var paragraph = WordParagraphs.Create(style, [WordParagraphs.Run(texts[c], bold && !header)], centered: header || c >= numericFrom);
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
