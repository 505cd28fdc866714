using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Scheduling;

/// <summary>A scheduled report whose time has come and that the delivery log does not hold yet.</summary>
public sealed record DueReport(ReportCadence Cadence, ReportKind Kind, ReportPeriod Period, DateTimeOffset DueAt);
