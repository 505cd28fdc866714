using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Tarmeem.Reporting.Excel;

/// <summary>
/// Builds a <c>c:chartSpace</c> whose series are bound to sheet ranges (<c>c:strRef</c>/<c>c:numRef</c>) with
/// the cells' values cached, so Excel and LibreOffice draw it without recalculating and it stays editable.
/// Right-to-left: the categories run from the right and the value axis stands on the right.
/// </summary>
internal static class ChartPartBuilder
{
    private const uint CategoryAxisId = 500_001;
    private const uint ValueAxisId = 500_002;

    public static C.ChartSpace Build(ChartSpec chart, SheetLayout layout, string font)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        var plotArea = new C.PlotArea(new C.Layout());
        plotArea.Append(chart.Kind == ChartKind.Line ? LineChart(chart, layout) : BarChart(chart, layout));
        plotArea.Append(CategoryAxis(CategoryFormat(chart.Categories, layout)), ValueAxis());

        var space = new C.ChartSpace(
            new C.EditingLanguage { Val = "ar-SA" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title, font),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            TextProperties(font, 900, bold: false));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.BarChart BarChart(ChartSpec chart, SheetLayout layout)
    {
        var stacked = chart.Kind == ChartKind.StackedColumn;
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            bar.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(series.Name, layout),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })),
                new C.InvertIfNegative { Val = false },
                Categories(chart.Categories, layout),
                new C.Values(Numbers(series.Values, layout))));
        }

        bar.Append(new C.GapWidth { Val = 60 });
        if (stacked)
        {
            bar.Append(new C.Overlap { Val = 100 });
        }

        bar.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bar;
    }

    private static C.LineChart LineChart(ChartSpec chart, SheetLayout layout)
    {
        var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            line.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(series.Name, layout),
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })) { Width = 28575 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }),
                Categories(chart.Categories, layout),
                new C.Values(Numbers(series.Values, layout)),
                new C.Smooth { Val = false }));
        }

        line.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return line;
    }

    private static C.SeriesText SeriesName(SheetRange cell, SheetLayout layout) =>
        new(new C.StringReference(
            new C.Formula(cell.Formula),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(layout.CellAt(cell.FirstRow, cell.Column).Text ?? string.Empty)) { Index = 0 })));

    /// <summary>Categories are text (a strRef) unless the column holds numbers or dates (a numRef with their format).</summary>
    private static C.CategoryAxisData Categories(SheetRange range, SheetLayout layout)
    {
        if (CategoryFormat(range, layout) is not null)
        {
            return new C.CategoryAxisData(Numbers(range, layout));
        }

        var cache = new C.StringCache(new C.PointCount { Val = (uint)range.Count });
        for (var row = range.FirstRow; row <= range.LastRow; row++)
        {
            if (layout.CellAt(row, range.Column) is { Kind: CellKind.Text, Text: { } text })
            {
                cache.Append(new C.StringPoint(new C.NumericValue(text)) { Index = (uint)(row - range.FirstRow) });
            }
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula(range.Formula), cache));
    }

    private static C.NumberReference Numbers(SheetRange range, SheetLayout layout)
    {
        var format = NumberFormat(layout.CellAt(range.FirstRow, range.Column).Style);
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)range.Count });
        for (var row = range.FirstRow; row <= range.LastRow; row++)
        {
            if (layout.CellAt(row, range.Column) is { Kind: CellKind.Number } cell)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(cell.Number.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)(row - range.FirstRow) });
            }
        }

        return new C.NumberReference(new C.Formula(range.Formula), cache);
    }

    private static string? CategoryFormat(SheetRange range, SheetLayout layout) =>
        layout.CellAt(range.FirstRow, range.Column).Kind == CellKind.Number
            ? NumberFormat(layout.CellAt(range.FirstRow, range.Column).Style)
            : null;

    private static string NumberFormat(CellStyle style) => style switch
    {
        CellStyle.Date => WorkbookStylesheet.DateFormat,
        CellStyle.MonthYear => WorkbookStylesheet.MonthYearFormat,
        CellStyle.Percent => WorkbookStylesheet.PercentFormat,
        CellStyle.Decimal => WorkbookStylesheet.DecimalFormat,
        _ => "General",
    };

    private static C.CategoryAxis CategoryAxis(string? numberFormat)
    {
        var axis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom });
        if (numberFormat is not null)
        {
            axis.Append(new C.NumberingFormat { FormatCode = numberFormat, SourceLinked = false });
        }

        axis.Append(
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        return axis;
    }

    /// <summary>
    /// With the categories reversed, the value axis crossing at the first category stands on the right, which
    /// is where a right-to-left reader looks for it.
    /// </summary>
    private static C.ValueAxis ValueAxis() => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Right },
        new C.MajorGridlines(),
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = CategoryAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static C.Title Title(string text, string font) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties(Fonts(font)) { FontSize = 1300, Bold = true }) { RightToLeft = true },
                new A.Run(new A.RunProperties(Fonts(font)) { Language = "ar-SA", FontSize = 1300, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(string font, int size, bool bold) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(Fonts(font)) { FontSize = size, Bold = bold }) { RightToLeft = true },
            new A.EndParagraphRunProperties { Language = "ar-SA" }));

    private static OpenXmlElement[] Fonts(string font) =>
        [new A.LatinFont { Typeface = font }, new A.ComplexScriptFont { Typeface = font }];
}
