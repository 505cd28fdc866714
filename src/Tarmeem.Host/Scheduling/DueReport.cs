using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Scheduling;

/// <summary>A scheduled report whose time has come (since the service first started) and that the delivery log does not hold as delivered.</summary>
/// <param name="ScheduledAt">When the schedule delivers it (in the past: as soon as the service runs), or null when it never will.</param>
internal sealed record DueReport(ReportCadence Cadence, ReportKind Kind, ReportPeriod Period, DateTimeOffset DueAt, DateTimeOffset? ScheduledAt);
