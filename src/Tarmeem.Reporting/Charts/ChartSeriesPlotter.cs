using ScottPlot;

namespace Tarmeem.Reporting.Charts;

/// <summary>Adds a chart's series to the plot as bars or lines, with their value labels.</summary>
internal sealed class ChartSeriesPlotter(CategoryChart chart, ChartLayout layout, string fontName, ChartTextPreparer text, ChartDigits digits)
{
    private const double BarWidth = 0.62;
    private const double GroupWidth = 0.8;

    public void AddSeries(Plot plot)
    {
        switch (chart.Kind)
        {
            case ChartKind.Bar:
            case ChartKind.GroupedBar:
                AddSideBySide(plot);
                break;
            case ChartKind.StackedBar:
                AddStacked(plot);
                break;
            case ChartKind.Line:
                AddLines(plot);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(plot), chart.Kind, "Unknown chart kind.");
        }
    }

    private void AddSideBySide(Plot plot)
    {
        var count = chart.Series.Count;
        var width = count == 1 ? BarWidth : GroupWidth / count;
        for (var s = 0; s < count; s++)
        {
            // Within a group the first series is on the right, as the categories are.
            var offset = count == 1 ? 0 : (GroupWidth / 2) - ((s + 0.5) * width);
            var bars = layout.Categories.Select(slot =>
            {
                var value = chart.Series[s].Values[slot.Index];
                return NewBar(slot.Position + offset, 0, value, width, BarColor(s, slot), value);
            });
            AddBarPlot(plot, bars);
        }
    }

    private void AddStacked(Plot plot)
    {
        var bases = new double[layout.Categories.Count];
        var last = chart.Series.Count - 1;
        for (var s = 0; s <= last; s++)
        {
            var bars = new List<Bar>();
            foreach (var slot in layout.Categories)
            {
                var value = chart.Series[s].Values[slot.Index];
                var top = bases[slot.Index] + value;

                // Only the top segment is labelled, with the stack's total.
                bars.Add(NewBar(slot.Position, bases[slot.Index], top, BarWidth, ChartStyle.SeriesColor(s), s == last ? top : null));
                bases[slot.Index] = top;
            }

            AddBarPlot(plot, bars);
        }
    }

    private void AddLines(Plot plot)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var xs = layout.Categories.Select(slot => slot.Position).ToArray();
            var ys = layout.Categories.Select(slot => chart.Series[s].Values[slot.Index]).ToArray();
            var line = plot.Add.Scatter(xs, ys, ChartStyle.SeriesColor(s));
            line.Axes.YAxis = plot.Axes.Right;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.MarkerShape = MarkerShape.FilledCircle;
            if (!layout.ShowsValueLabels)
            {
                continue;
            }

            for (var i = 0; i < xs.Length; i++)
            {
                var label = plot.Add.Text(string.Empty, xs[i], ys[i]);
                label.Axes.YAxis = plot.Axes.Right;
                label.Alignment = Alignment.LowerCenter;
                label.OffsetY = -6;
                StyleValueLabel(label.LabelStyle);
                label.LabelStyle.Text = FormatValue(ys[i]);
            }
        }
    }

    private Color BarColor(int series, ChartCategorySlot slot) =>
        chart.Series.Count == 1 && chart.ReferenceLine is { Axis: ChartReferenceAxis.Category } reference && slot.Index > reference.Position
            ? ChartStyle.BeyondReference
            : ChartStyle.SeriesColor(series);

    private Bar NewBar(double position, double valueBase, double value, double width, Color color, double? label) => new()
    {
        Position = position,
        ValueBase = valueBase,
        Value = value,
        Size = width,
        FillColor = color,
        LineWidth = 0,
        Label = label is { } shown && layout.ShowsValueLabels ? FormatValue(shown) : string.Empty,
        CenterLabel = false,
    };

    private void AddBarPlot(Plot plot, IEnumerable<Bar> bars)
    {
        var barPlot = plot.Add.Bars(bars.ToList());
        barPlot.Axes.YAxis = plot.Axes.Right;
        StyleValueLabel(barPlot.ValueLabelStyle);
    }

    private string FormatValue(double value) =>
        text.Prepare(ChartNumberFormatter.Format(value, chart.ValueFormat, digits), ChartStyle.ValueLabelSize);

    private void StyleValueLabel(LabelStyle style)
    {
        style.FontName = fontName;
        style.FontSize = ChartStyle.ValueLabelSize;
        style.ForeColor = ChartStyle.Text;
        style.Bold = false;
    }
}
