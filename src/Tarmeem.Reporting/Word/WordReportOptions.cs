using Tarmeem.Reporting.Charts;

using Tarmeem.Reporting.Word.Themes;

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

    /// <summary>The management report quotes at most this many comments of each theme (newest first); all are in the workbook.</summary>
    public int CommentsPerTheme { get; set; } = 3;

    /// <summary>The themes comments are grouped by; the shipped templates/comment-themes.txt when null.</summary>
    public CommentThemes? CommentThemes { get; set; }

    /// <summary>Printed size and resolution of chart pictures; the drawing extent in Word follows the inches.</summary>
    public ChartSize ChartSize { get; set; } = new(6.5, 3.4, 220);
}
