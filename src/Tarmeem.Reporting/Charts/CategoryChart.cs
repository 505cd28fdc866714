namespace Tarmeem.Reporting.Charts;

/// <summary>
/// What a report chart shows, in plain data: no ScottPlot types. Texts are Arabic in logical order;
/// <see cref="Categories"/> are in reading order, so the first is drawn on the right.
/// </summary>
public sealed record CategoryChart
{
    public required string Title { get; init; }

    /// <summary>Description for the picture's alt text in Word.</summary>
    public required string AltText { get; init; }

    public required ChartKind Kind { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>One series for <see cref="ChartKind.Bar"/>; one or more for the other kinds, each with one value per category.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public required string ValueAxisTitle { get; init; }

    public string? CategoryAxisTitle { get; init; }

    public ChartReferenceLine? ReferenceLine { get; init; }

    public ChartValueFormat ValueFormat { get; init; } = ChartValueFormat.WholeNumber;

    /// <summary>Write each value on its bar or point (the total on a stack) when the labels fit.</summary>
    public bool ShowValueLabels { get; init; } = true;

    /// <summary>Every text the chart draws, for font coverage checks.</summary>
    public IEnumerable<string> AllTexts()
    {
        yield return Title;
        yield return ValueAxisTitle;
        if (CategoryAxisTitle is not null)
        {
            yield return CategoryAxisTitle;
        }

        if (ReferenceLine is not null)
        {
            yield return ReferenceLine.Label;
        }

        foreach (var category in Categories)
        {
            yield return category;
        }

        foreach (var series in Series)
        {
            yield return series.Name;
        }
    }
}
