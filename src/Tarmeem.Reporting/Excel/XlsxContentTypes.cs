namespace Tarmeem.Reporting.Excel;

/// <summary>Content types of the SpreadsheetML and DrawingML parts this folder writes.</summary>
internal static class XlsxContentTypes
{
    public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string Worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string Styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string SharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    public const string Table = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
    public const string Drawing = "application/vnd.openxmlformats-officedocument.drawing+xml";
    public const string Chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
}
