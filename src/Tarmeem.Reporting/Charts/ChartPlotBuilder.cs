using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// Builds the ScottPlot figure for a planned chart, right to left: categories from right to left,
/// value axis on the right, every text through <see cref="ChartTextPreparer"/>. Call only while
/// holding <see cref="ScottPlotState.Gate"/>: the fonts it names are ScottPlot globals.
/// </summary>
internal sealed class ChartPlotBuilder(CategoryChart chart, ChartLayout layout, string fontName, ChartTextPreparer text, ChartDigits digits)
{
    public Plot Build(ChartSize size)
    {
        var plot = new Plot { ScaleFactor = size.Dpi / ChartStyle.BaseDpi };
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        SetUpAxes(plot);
        new ChartSeriesPlotter(chart, layout, fontName, text, digits).AddSeries(plot);
        var (bottom, top) = ValueLimits();
        plot.Axes.SetLimitsY(bottom, top, plot.Axes.Right);
        AddReferenceLine(plot, top);
        AddLegend(plot);
        return plot;
    }

    private void SetUpAxes(Plot plot)
    {
        var title = plot.Axes.Title.Label;
        Style(title, chart.Title, ChartStyle.TitleSize, bold: true);

        // The left axis stays only as a margin, so the last category's label is not cut at the edge.
        var left = plot.Axes.Left;
        left.TickGenerator = new NumericManual();
        left.Label.Text = string.Empty;
        left.FrameLineStyle.Width = 0;
        left.MajorTickStyle.Length = 0;
        left.MinorTickStyle.Length = 0;
        left.MinimumSize = ChartStyle.SideMargin;
        left.MaximumSize = ChartStyle.SideMargin;
        plot.Axes.Top.IsVisible = false;

        var right = (ScottPlot.AxisPanels.RightAxis)plot.Axes.Right;
        right.IsVisible = true;
        Style(right.LabelStyle, chart.ValueAxisTitle, ChartStyle.AxisTitleSize, bold: false);
        StyleTicks(right.TickLabelStyle, ChartStyle.TickSize);
        right.FrameLineStyle.Color = ChartStyle.Frame;
        right.MajorTickStyle.Color = ChartStyle.Frame;
        right.MinorTickStyle.Length = 0;

        // ScottPlot places the turned title by the font's cap height; Arabic glyphs reach below it.
        right.PaddingOutsideAxisLabels = new PixelPadding(ChartStyle.SideMargin);
        right.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = chart.ValueFormat == ChartValueFormat.WholeNumber,
            LabelFormatter = value => text.Prepare(ChartNumberFormatter.Format(value, chart.ValueFormat, digits), ChartStyle.TickSize, centred: false),
        };

        var bottom = plot.Axes.Bottom;
        var tickSize = ChartStyle.Points(layout.CategoryFontPoints);
        var ticks = layout.Categories
            .Select(slot => new Tick(slot.Position, text.Prepare(string.Join('\n', slot.Lines), tickSize), isMajor: true))
            .ToArray();
        bottom.TickGenerator = new NumericManual(ticks);
        StyleTicks(bottom.TickLabelStyle, tickSize);
        bottom.MajorTickStyle.Length = 0;
        bottom.MinorTickStyle.Length = 0;
        bottom.FrameLineStyle.Color = ChartStyle.Frame;
        if (chart.CategoryAxisTitle is not null)
        {
            Style(bottom.Label, chart.CategoryAxisTitle, ChartStyle.AxisTitleSize, bold: false);
        }
        else
        {
            bottom.Label.Text = string.Empty;
        }

        plot.Axes.SetLimitsX(-0.5, layout.Categories.Count - 0.5, bottom);
        plot.Grid.XAxis = bottom;
        plot.Grid.YAxis = right;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = ChartStyle.Grid;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
    }

    private void AddReferenceLine(Plot plot, double top)
    {
        if (chart.ReferenceLine is not { } reference)
        {
            return;
        }

        AxisLine line = reference.Axis == ChartReferenceAxis.Value
            ? plot.Add.HorizontalLine(reference.Position)
            : plot.Add.VerticalLine(layout.Categories.Count - 1 - reference.Position);
        line.Axes.YAxis = plot.Axes.Right;
        line.LineColor = ChartStyle.Reference;
        line.LineWidth = ChartStyle.ReferenceWidth;
        line.LinePattern = LinePattern.Dashed;
        line.ExcludeFromLegend = true;
        if (reference.Axis == ChartReferenceAxis.Value)
        {
            // Named in the legend: a label on a horizontal line collides with the bars it crosses.
            return;
        }

        // At the top, on the side of the categories beyond the mark (its left), where bars are short.
        var label = plot.Add.Text(string.Empty, line.Position, top);
        label.Alignment = Alignment.UpperRight;
        label.OffsetX = -4;
        label.OffsetY = 2;
        label.Axes.YAxis = plot.Axes.Right;
        Style(label.LabelStyle, reference.Label, ChartStyle.ReferenceLabelSize, bold: false, centred: false);
        label.LabelStyle.ForeColor = ChartStyle.Reference;
    }

    private void AddLegend(Plot plot)
    {
        // Entries run right to left like the categories: the first series is read first, the
        // reference line last.
        var items = chart.Series.Count < 2
            ? []
            : chart.Series.Select(LegendItemFor).Reverse().ToList();
        if (chart.ReferenceLine is { Axis: ChartReferenceAxis.Value } reference)
        {
            items.Insert(0, new LegendItem
            {
                LabelText = text.Prepare(reference.Label, ChartStyle.LegendSize, centred: false),
                LineColor = ChartStyle.Reference,
                LineWidth = ChartStyle.ReferenceWidth,
                LinePattern = LinePattern.Dashed,
            });
        }

        if (items.Count == 0)
        {
            plot.Legend.IsVisible = false;
            return;
        }

        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = fontName;
        plot.Legend.FontSize = ChartStyle.LegendSize;
        plot.Legend.FontColor = ChartStyle.Text;
        plot.Legend.Orientation = Orientation.Horizontal;

        // Each entry as wide as its own text; by default all take the widest and a long one wraps the row away.
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.Transparent;
        var panel = plot.ShowLegend(Edge.Top);
        panel.Padding = new PixelPadding(0);
    }

    private LegendItem LegendItemFor(ChartSeries series, int index)
    {
        var color = ChartStyle.SeriesColor(index);
        var item = new LegendItem { LabelText = text.Prepare(series.Name, ChartStyle.LegendSize, centred: false) };
        if (chart.Kind == ChartKind.Line)
        {
            item.LineColor = color;
            item.LineWidth = 2;
            item.MarkerShape = MarkerShape.FilledCircle;
            item.MarkerColor = color;
        }
        else
        {
            item.FillColor = color;
        }

        return item;
    }

    /// <summary>From zero (or below the lowest value) to the highest value, stack or reference, plus room for labels.</summary>
    private (double Bottom, double Top) ValueLimits()
    {
        var values = chart.Kind == ChartKind.StackedBar
            ? ChartLayoutPlanner.ValueLabelValues(chart).ToList()
            : chart.Series.SelectMany(s => s.Values).ToList();
        if (chart.ReferenceLine is { Axis: ChartReferenceAxis.Value } reference)
        {
            values.Add(reference.Position);
        }

        var max = Math.Max(0, values.Max());
        var min = Math.Min(0, values.Min());
        if (max == 0 && min == 0)
        {
            return (0, 1);
        }

        var span = max - min;
        return (min < 0 ? min - (span * 0.05) : 0, max + (span * ChartStyle.Headroom));
    }

    private void Style(LabelStyle style, string logical, float size, bool bold, bool centred = true)
    {
        style.Text = text.Prepare(logical, size, bold, centred);
        style.FontName = fontName;
        style.FontSize = size;
        style.Bold = bold;
        style.ForeColor = ChartStyle.Text;
    }

    private void StyleTicks(LabelStyle style, float size)
    {
        style.FontName = fontName;
        style.FontSize = size;
        style.Bold = false;
        style.ForeColor = ChartStyle.Text;
    }
}
