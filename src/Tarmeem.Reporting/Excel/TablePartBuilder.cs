using DocumentFormat.OpenXml.Spreadsheet;

namespace Tarmeem.Reporting.Excel;

/// <summary>An Excel table over a <see cref="TableBlock"/>: filter buttons, banded style, its own name.</summary>
internal static class TablePartBuilder
{
    public static Table Build(TableBlock block, uint id, string? totalsLabel)
    {
        ArgumentNullException.ThrowIfNull(block);
        var lastColumn = SheetRange.ColumnName(block.Headers.Count);
        var firstCell = $"A{block.HeaderRow}";
        var columns = new TableColumns { Count = (uint)block.Headers.Count };
        for (var i = 0; i < block.Headers.Count; i++)
        {
            var column = new TableColumn { Id = (uint)(i + 1), Name = block.Headers[i] };
            if (i == 0 && block.HasTotals && totalsLabel is not null)
            {
                column.TotalsRowLabel = totalsLabel;
            }

            columns.Append(column);
        }

        var table = new Table(
            new AutoFilter { Reference = $"{firstCell}:{lastColumn}{block.LastDataRow}" },
            columns,
            new TableStyleInfo { Name = "TableStyleMedium2", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = block.Name,
            DisplayName = block.Name,
            Reference = $"{firstCell}:{lastColumn}{block.LastRow}",
            TotalsRowShown = block.HasTotals,
        };
        if (block.HasTotals)
        {
            table.TotalsRowCount = 1;
        }

        return table;
    }
}
