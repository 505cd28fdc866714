namespace Tarmeem.Reporting.Charts;

/// <summary>Settings for <see cref="ChartRenderer"/>.</summary>
public sealed class ChartRendererOptions
{
    /// <summary>A .ttf/.otf file tried before the built-in list; it must cover Arabic, Latin, digits and ()%٪.</summary>
    public string? FontFilePath { get; set; }

    /// <summary>The bold face of <see cref="FontFilePath"/>; the regular face is used for titles when unset.</summary>
    public string? BoldFontFilePath { get; set; }

    public ChartDigits Digits { get; set; } = ChartDigits.ArabicIndic;
}
