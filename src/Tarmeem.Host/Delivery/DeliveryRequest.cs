using Tarmeem.Core.Time;
using Tarmeem.Reporting.Word;

namespace Tarmeem.Host.Delivery;

/// <summary>Which report of which period to deliver, and its files (as written by <c>ReportRunner</c>).</summary>
/// <param name="Force">Deliver even though the delivery log says this (kind, period) already went out.</param>
internal sealed record DeliveryRequest(ReportKind Kind, ReportPeriod Period, IReadOnlyList<string> Files, bool Force = false);
