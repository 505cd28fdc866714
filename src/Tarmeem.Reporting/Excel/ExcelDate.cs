namespace Tarmeem.Reporting.Excel;

/// <summary>Excel's 1900 date system: serial day numbers counted from 1899-12-30 (valid from March 1900).</summary>
internal static class ExcelDate
{
    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    public static double Serial(DateOnly date) => date.DayNumber - Epoch;

    public static DateOnly FromSerial(double serial) => DateOnly.FromDayNumber(Epoch + (int)serial);
}
