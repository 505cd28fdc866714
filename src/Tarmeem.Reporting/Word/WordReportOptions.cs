using Tarmeem.Reporting.Charts;

namespace Tarmeem.Reporting.Word;

/// <summary>Settings for <see cref="WordReportWriter"/>.</summary>
public sealed class WordReportOptions
{
    /// <summary>Digits of every generated number, date and chart label; Arabic-Indic by default.</summary>
    public ChartDigits Digits { get; set; } = ChartDigits.ArabicIndic;

    /// <summary>
    /// The management report lists at most this many open cases past the standard (oldest first) and says
    /// how many more there are; the full list is in the Excel workbook.
    /// </summary>
    public int MaxOpenCaseRows { get; set; } = 100;

    /// <summary>The management report quotes at most this many survey comments (newest first).</summary>
    public int MaxComments { get; set; } = 100;

    /// <summary>Printed size and resolution of chart pictures; the drawing extent in Word follows the inches.</summary>
    public ChartSize ChartSize { get; set; } = new(6.5, 3.4, 220);
}
