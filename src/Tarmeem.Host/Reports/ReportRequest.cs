using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Reports;

/// <summary>What one run of <c>tarmeem report</c> was asked to do.</summary>
internal sealed record ReportRequest
{
    /// <summary>The period; <see langword="null"/> means the last complete month.</summary>
    public ReportPeriod? Period { get; init; }

    public ReportFormat Formats { get; init; } = ReportFormat.Xlsx;

    /// <summary>
    /// Which Word report; <see langword="null"/> means the management report for a month and the board report
    /// for a quarter, a year or a custom range.
    /// </summary>
    public ReportKind? Kind { get; init; }

    /// <summary>Overrides <c>Tarmeem:Reports:OutputDirectory</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Load the built-in sample year into a fresh sample store first.</summary>
    public bool Sample { get; init; }

    /// <summary>Multiplies the sample's size (benchmarks).</summary>
    public double Scale { get; init; } = 1;
}
