using System.Diagnostics.CodeAnalysis;

namespace Tarmeem.Reporting.Charts;

/// <summary>Rejects charts that cannot be drawn honestly, naming the chart and what to fix.</summary>
internal static class CategoryChartValidator
{
    public static void Validate(CategoryChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var name = string.IsNullOrWhiteSpace(chart.Title) ? "(untitled)" : $"«{chart.Title}»";
        [DoesNotReturn]
        void Fail(string problem) => throw new ArgumentException($"Chart {name}: {problem}", nameof(chart));

        if (string.IsNullOrWhiteSpace(chart.Title))
        {
            Fail("the title is empty; every report chart needs one.");
        }

        if (string.IsNullOrWhiteSpace(chart.AltText))
        {
            Fail("the alt text is empty; Word readers and screen readers need a description.");
        }

        if (chart.Categories is null || chart.Categories.Count == 0)
        {
            Fail("there are no categories.");
        }

        if (chart.Series is null || chart.Series.Count == 0)
        {
            Fail("there are no series.");
        }

        if (chart.Kind == ChartKind.Bar && chart.Series.Count > 1)
        {
            Fail($"kind Bar draws one series but there are {chart.Series.Count}; use GroupedBar or StackedBar.");
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            if (series.Values.Count != chart.Categories.Count)
            {
                Fail($"series {s + 1} «{series.Name}» has {series.Values.Count} values for {chart.Categories.Count} categories; give one value per category, zeros included.");
            }

            if (chart.Series.Count > 1 && string.IsNullOrWhiteSpace(series.Name))
            {
                Fail($"series {s + 1} has no name; with several series the legend needs one.");
            }

            for (var i = 0; i < series.Values.Count; i++)
            {
                var value = series.Values[i];
                if (!double.IsFinite(value) || (chart.Kind == ChartKind.StackedBar && value < 0))
                {
                    Fail($"series «{series.Name}», category «{chart.Categories[i]}» has the value {value}; values must be finite{(chart.Kind == ChartKind.StackedBar ? " and not negative in a stacked chart" : string.Empty)}.");
                }
            }
        }

        if (chart.ReferenceLine is { } reference)
        {
            if (!double.IsFinite(reference.Position)
                || (reference.Axis == ChartReferenceAxis.Category && (reference.Position < -0.5 || reference.Position > chart.Categories.Count - 0.5)))
            {
                Fail($"the reference line «{reference.Label}» is at {reference.Position}, outside the chart.");
            }

            if (string.IsNullOrWhiteSpace(reference.Label))
            {
                Fail("the reference line has no label; say what it marks.");
            }
        }
    }
}
