namespace Tarmeem.Reporting.Charts;

/// <summary>How values are written on bars and on the value axis.</summary>
public enum ChartValueFormat
{
    /// <summary>Whole numbers with thousands separators: ١٬٢٣٤.</summary>
    WholeNumber,

    /// <summary>One decimal place: ٣٫٥.</summary>
    OneDecimal,

    /// <summary>Values are shares (0.45), written as whole percentages: ٤٥٪.</summary>
    Percent,
}
