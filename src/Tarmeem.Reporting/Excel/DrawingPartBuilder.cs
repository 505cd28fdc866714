using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// The sheet's drawing: one frame per chart below the tables, anchored by its top corner to a cell (so it
/// moves with the rows) and sized in points (so it prints at the size planned for the page).
/// </summary>
internal static class DrawingPartBuilder
{
    /// <summary>Rows between the tops of two stacked charts.</summary>
    public const int ChartRows = 19;

    /// <param name="print">Where the first chart starts and how large each is.</param>
    /// <param name="chartRelationshipIds">The drawing's relationship id of each chart, in order.</param>
    /// <param name="descriptions">Each chart's alt text, in the same order.</param>
    public static Xdr.WorksheetDrawing Build(PrintPlan print, IReadOnlyList<string> chartRelationshipIds, IReadOnlyList<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        ArgumentNullException.ThrowIfNull(print);
        ArgumentNullException.ThrowIfNull(chartRelationshipIds);
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        drawing.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        drawing.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        for (var i = 0; i < chartRelationshipIds.Count; i++)
        {
            var top = print.ChartRow + (i * ChartRows);
            drawing.Append(new Xdr.OneCellAnchor(
                Marker<Xdr.FromMarker>(0, top),
                new Xdr.Extent { Cx = print.ChartWidthEmu, Cy = print.ChartHeightEmu },
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = $"Chart {i + 1}", Description = descriptions[i] },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipIds[i] })
                    {
                        Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                    }))
                { Macro = string.Empty },
                new Xdr.ClientData()));
        }

        return drawing;
    }

    private static T Marker<T>(int column, int row)
        where T : DocumentFormat.OpenXml.OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
