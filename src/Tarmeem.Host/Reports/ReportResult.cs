using Tarmeem.Core.Time;

namespace Tarmeem.Host.Reports;

/// <summary>What a report run produced, and what it cost.</summary>
public sealed record ReportResult(
    ReportPeriod Period,
    IReadOnlyList<string> Files,
    int CasesInPeriod,
    int InquiriesInPeriod,
    TimeSpan Elapsed,
    long PeakWorkingSetBytes);
