namespace Tarmeem.Reporting.Word;

/// <summary>Which Word report to write from a <see cref="Model.QualityReport"/>.</summary>
public enum ReportKind
{
    /// <summary>The monthly report for management: every figure, open case numbers and survey comments.</summary>
    Management = 1,

    /// <summary>The quarterly or annual report for the board: aggregates only, no personal data, no case numbers.</summary>
    Board = 2,
}
