namespace Tarmeem.Reporting.Charts;

/// <summary>Which digits numbers on a chart are written in.</summary>
public enum ChartDigits
{
    /// <summary>٠١٢٣٤٥٦٧٨٩, the reports' default.</summary>
    ArabicIndic,

    /// <summary>0123456789.</summary>
    Latin,
}
