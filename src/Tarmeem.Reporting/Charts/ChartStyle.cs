using ScottPlot;

namespace Tarmeem.Reporting.Charts;

/// <summary>
/// The house look of report charts. Sizes are in ScottPlot's unscaled pixels (96 per inch); the
/// renderer scales the whole figure to the requested dpi, so a 9 pt label stays 9 pt in Word.
/// </summary>
internal static class ChartStyle
{
    public const double BaseDpi = 96;

    public static readonly float TitleSize = Points(12);
    public static readonly float AxisTitleSize = Points(9.5);
    public static readonly float TickSize = Points(9);
    public static readonly float SmallestTickSize = Points(7);
    public static readonly float ValueLabelSize = Points(8.5);
    public static readonly float LegendSize = Points(9);
    public static readonly float ReferenceLabelSize = Points(8.5);

    /// <summary>Category labels wrap onto at most this many lines before their font shrinks.</summary>
    public const int MaxCategoryLines = 3;

    /// <summary>Room the value axis (ticks and title) and the figure edges take from the width, for wrapping.</summary>
    public const float ReservedWidth = 90;

    /// <summary>Blank margin on the left of the plot area.</summary>
    public const float SideMargin = 10;

    /// <summary>Share of the value range left free above the tallest bar for its label.</summary>
    public const double Headroom = 0.16;

    public static readonly Color Text = Color.FromHex("#222222");
    public static readonly Color Grid = Color.FromHex("#E3E3E3");
    public static readonly Color Frame = Color.FromHex("#8A8A8A");
    public static readonly Color Reference = Color.FromHex("#B3261E");

    public const float ReferenceWidth = 1.5f;

    /// <summary>Bars past a category reference line (beyond the standard) take this colour.</summary>
    public static readonly Color BeyondReference = Color.FromHex("#D98A3D");

    /// <summary>Series colours in order: distinct in greyscale print and for common colour blindness.</summary>
    public static readonly IReadOnlyList<Color> Series =
    [
        Color.FromHex("#1F5F8B"),
        Color.FromHex("#E69F00"),
        Color.FromHex("#4C9A6A"),
        Color.FromHex("#A05195"),
        Color.FromHex("#7F7F7F"),
        Color.FromHex("#56B4E9"),
        Color.FromHex("#C0504D"),
        Color.FromHex("#2E2E2E"),
    ];

    public static float Points(double points) => (float)(points * BaseDpi / 72);

    public static Color SeriesColor(int index) => Series[index % Series.Count];
}
