using System.IO.Compression;

namespace Tarmeem.Reporting.Excel;

/// <summary>How the quality workbook is written; the defaults suit the association's reports.</summary>
public sealed record WorkbookOptions
{
    public static WorkbookOptions Default { get; } = new();

    /// <summary>
    /// Typeface of chart text. LibreOffice clips Arabic chart titles in Noto Sans/Naskh; Noto Kufi Arabic and
    /// Amiri render cleanly, and Excel substitutes a font of its own where the named one is missing.
    /// </summary>
    public string ChartFont { get; init; } = "Noto Kufi Arabic";

    /// <summary>Typeface of cells; Arial carries Arabic on Windows and falls back cleanly elsewhere.</summary>
    public string CellFont { get; init; } = "Arial";

    /// <summary>Optimal halves the file of a large row-level sheet for about twice the compression time.</summary>
    public CompressionLevel Compression { get; init; } = CompressionLevel.Optimal;

    /// <summary>Whether to add the native charts (bound to the sheet ranges).</summary>
    public bool IncludeCharts { get; init; } = true;
}
