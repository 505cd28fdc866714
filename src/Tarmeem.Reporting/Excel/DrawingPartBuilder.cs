using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Tarmeem.Reporting.Excel;

/// <summary>The sheet's drawing: one frame per chart, anchored to cells so it moves with them.</summary>
internal static class DrawingPartBuilder
{
    /// <summary>Columns and rows one chart frame spans.</summary>
    public const int ChartColumns = 8;
    public const int ChartRows = 18;

    /// <param name="firstColumn">0-based column where the frames start (beside the tables).</param>
    /// <param name="chartRelationshipIds">The drawing's relationship id of each chart, in order.</param>
    public static Xdr.WorksheetDrawing Build(int firstColumn, int firstRow, IReadOnlyList<string> chartRelationshipIds)
    {
        ArgumentNullException.ThrowIfNull(chartRelationshipIds);
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        drawing.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        drawing.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        for (var i = 0; i < chartRelationshipIds.Count; i++)
        {
            var top = firstRow + (i * (ChartRows + 1));
            drawing.Append(new Xdr.TwoCellAnchor(
                Marker<Xdr.FromMarker>(firstColumn, top),
                Marker<Xdr.ToMarker>(firstColumn + ChartColumns, top + ChartRows),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = $"Chart {i + 1}" },
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
