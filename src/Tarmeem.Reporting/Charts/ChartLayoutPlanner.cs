namespace Tarmeem.Reporting.Charts;

/// <summary>Places categories right to left, wraps their labels to the slot width and decides on value labels.</summary>
internal static class ChartLayoutPlanner
{
    private const float PointStep = 0.5f;

    public static ChartLayout Plan(CategoryChart chart, ChartSize size, ChartFont font, ChartTextPreparer text, ChartDigits digits)
    {
        var count = chart.Categories.Count;
        var figureWidth = (float)(size.WidthPixels * ChartStyle.BaseDpi / size.Dpi);
        var slotWidth = (figureWidth - ChartStyle.ReservedWidth) / count;
        var wrapWidth = slotWidth * 0.92f;

        var fontSize = ChartStyle.TickSize;
        var lines = WrapAll(chart.Categories, wrapWidth, fontSize, text);
        while (!Fits(lines, wrapWidth, fontSize, text) && fontSize - ChartStyle.Points(PointStep) >= ChartStyle.SmallestTickSize - 0.01f)
        {
            fontSize -= ChartStyle.Points(PointStep);
            lines = WrapAll(chart.Categories, wrapWidth, fontSize, text);
        }

        var slots = chart.Categories
            .Select((category, i) => new ChartCategorySlot(i, category, count - 1 - i, lines[i]))
            .ToList();
        var showValues = chart.ShowValueLabels && ValueLabelsFit(chart, slotWidth, text, digits);
        return new ChartLayout(font, slots, (float)(fontSize * 72 / ChartStyle.BaseDpi), showValues);
    }

    /// <summary>The texts written on bars or points: one per bar, per stack (its total), or per point of a single line.</summary>
    public static IEnumerable<double> ValueLabelValues(CategoryChart chart) => chart.Kind switch
    {
        ChartKind.StackedBar => Enumerable.Range(0, chart.Categories.Count).Select(i => chart.Series.Sum(s => s.Values[i])),
        ChartKind.Line when chart.Series.Count > 1 => [],
        _ => chart.Series.SelectMany(s => s.Values),
    };

    private static IReadOnlyList<string>[] WrapAll(IReadOnlyList<string> categories, float width, float fontSize, ChartTextPreparer text) =>
        [.. categories.Select(c => CategoryLabelWrapper.Wrap(c, width, s => text.ShapedWidth(s, fontSize)))];

    private static bool Fits(IReadOnlyList<string>[] lines, float width, float fontSize, ChartTextPreparer text) =>
        lines.All(l => l.Count <= ChartStyle.MaxCategoryLines && l.All(line => text.ShapedWidth(line, fontSize) <= width));

    private static bool ValueLabelsFit(CategoryChart chart, float slotWidth, ChartTextPreparer text, ChartDigits digits)
    {
        if (chart.Kind == ChartKind.Line && chart.Series.Count > 1)
        {
            return false;
        }

        var room = chart.Kind == ChartKind.GroupedBar ? slotWidth / chart.Series.Count : slotWidth * 0.9f;
        return ValueLabelValues(chart)
            .Select(v => ChartNumberFormatter.Format(v, chart.ValueFormat, digits))
            .All(label => text.ShapedWidth(label, ChartStyle.ValueLabelSize) <= room);
    }
}
