using Tarmeem.Reporting.Planning;

namespace Tarmeem.Host.Reports;

/// <summary>What a report run produced, and what it cost.</summary>
internal sealed record ReportResult(
    ReportPlan Plan,
    IReadOnlyList<string> Files,
    int CasesInPeriod,
    int InquiriesInPeriod,
    TimeSpan Elapsed,
    long PeakWorkingSetBytes);
