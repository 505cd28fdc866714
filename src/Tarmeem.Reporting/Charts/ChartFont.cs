namespace Tarmeem.Reporting.Charts;

/// <summary>
/// The font a chart is drawn with. <see cref="RegularFilePath"/> is null when the font was found
/// by family name among the system fonts rather than as a file.
/// </summary>
public sealed record ChartFont(string FamilyName, string? RegularFilePath, string? BoldFilePath);
