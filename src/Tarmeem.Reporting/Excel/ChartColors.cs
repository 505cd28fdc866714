namespace Tarmeem.Reporting.Excel;

/// <summary>The workbook's chart palette (RRGGBB): calm for volumes, green within the standard, red over it.</summary>
internal static class ChartColors
{
    public const string Primary = "1F6F8B";
    public const string Secondary = "E3A23B";
    public const string WithinStandard = "2E8B57";
    public const string OverStandard = "C0392B";
}
