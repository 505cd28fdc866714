namespace Tarmeem.Reporting.Excel;

/// <summary>Indexes into the workbook's <c>cellXfs</c>; <see cref="WorkbookStylesheet"/> builds them in this order.</summary>
internal enum CellStyle : uint
{
    Default = 0,
    Title = 1,
    Subtitle = 2,
    Header = 3,
    Integer = 4,
    Decimal = 5,
    Percent = 6,
    Date = 7,
    MonthYear = 8,
    IntegerChange = 9,
    DecimalChange = 10,

    /// <summary>A change of a share, held as percentage points (the fraction difference times 100).</summary>
    PointsChange = 11,
    Wrapped = 12,
    Notice = 13,
    BlockTitle = 14,

    /// <summary>Default text marked quotePrefix: typed input that a spreadsheet would otherwise take for a formula.</summary>
    QuotedText = 15,

    /// <summary>Wrapped text marked quotePrefix.</summary>
    QuotedWrapped = 16,
}
