using Tarmeem.Core.Domain;
using Tarmeem.Reporting.Model;

namespace Tarmeem.Reporting.Metrics;

/// <summary>
/// Counts every record that could not be counted cleanly. Problems of records placed in the period are
/// counted for the period; records that cannot be placed in any period (no received time) are counted over
/// everything the records hold, and quarantined records when they are held back at the period's end (quarantined
/// before it; the store hands over only those not released by then). Every kind is listed, zero counts included.
/// </summary>
internal static class DataQualityBuilder
{
    public static DataQualityFigures Build(PreparedRecords records, DayWindow window)
    {
        var caseChannel = new ExampleCollector();
        var caseChannelTexts = new TextCounts();
        var caseMissing = new ExampleCollector();
        var outOfOrder = new ExampleCollector();
        var branch = new ExampleCollector();
        var cases = records.Records.Cases;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            if (c.Received is null)
            {
                caseMissing.Add(c.CaseNumber);
                continue;
            }

            if (!window.Contains(records.ReceivedDay(i)))
            {
                continue;
            }

            if (Slots.Of(c.Channel) == (int)Channel.Unspecified)
            {
                caseChannel.Add(c.CaseNumber);
                caseChannelTexts.Add(c.RawChannel);
            }

            if (StepsOutOfOrder(c))
            {
                outOfOrder.Add(c.CaseNumber);
            }

            if (Slots.Of(c.Branch) == (int)Branch.Unspecified)
            {
                branch.Add(c.CaseNumber);
            }
        }

        var inquiryChannel = new ExampleCollector();
        var inquiryChannelTexts = new TextCounts();
        var inquiryMissing = new ExampleCollector();
        var answeredEarly = new ExampleCollector();
        var inquiries = records.Records.Inquiries;
        for (var i = 0; i < inquiries.Count; i++)
        {
            var inquiry = inquiries[i];
            if (inquiry.Received is not { } received)
            {
                inquiryMissing.Add(inquiry.Id);
                continue;
            }

            if (!window.Contains(records.InquiryReceivedDays[i]))
            {
                continue;
            }

            if (Slots.Of(inquiry.Channel) == (int)Channel.Unspecified)
            {
                inquiryChannel.Add(inquiry.Id);
                inquiryChannelTexts.Add(inquiry.RawChannel);
            }

            if (inquiry.FirstResponse < received)
            {
                answeredEarly.Add(inquiry.Id);
            }

            if (Slots.Of(inquiry.Branch) == (int)Branch.Unspecified)
            {
                branch.Add(inquiry.Id);
            }
        }

        var quarantined = new ExampleCollector();
        var reasons = new TextCounts();
        var held = new List<HeldRecord>();
        var calendar = records.Calendar;
        var periodEnd = calendar.StartOf(DateOnly.FromDayNumber(window.End + 1));
        foreach (var record in records.Records.Quarantined.Where(r => (r.Since ?? r.SeenAt) < periodEnd))
        {
            var entry = new HeldRecord
            {
                Source = record.Source,
                SourceId = record.SourceId,
                Reason = record.Reason,
                Problem = record.Problem,
                Field = record.Field,
                Since = calendar.LocalDate(record.Since ?? record.SeenAt),
                LastSeen = calendar.LocalDate(record.SeenAt),
            };
            held.Add(entry);
            quarantined.Add(entry.Reference);
            reasons.Add(entry.Description);
        }

        return new DataQualityFigures
        {
            Findings =
            [
                Finding(DataQualityKind.CaseUnmappedChannel, caseChannel, caseChannelTexts.Describe()),
                Finding(DataQualityKind.InquiryUnmappedChannel, inquiryChannel, inquiryChannelTexts.Describe()),
                Finding(DataQualityKind.CaseMissingReceived, caseMissing, null),
                Finding(DataQualityKind.InquiryMissingReceived, inquiryMissing, null),
                Finding(DataQualityKind.CaseStepsOutOfOrder, outOfOrder, null),
                Finding(DataQualityKind.InquiryResponseBeforeReceipt, answeredEarly, null),
                Finding(DataQualityKind.UnspecifiedBranch, branch, null),
                Finding(DataQualityKind.Quarantined, quarantined, reasons.Describe()),
            ],
            Held = [.. held.OrderBy(h => h.Source, StringComparer.Ordinal).ThenBy(h => h.SourceId, StringComparer.Ordinal)],
        };
    }

    /// <summary>Some recorded step is earlier than a step before it in the policy's order.</summary>
    internal static bool StepsOutOfOrder(SupportCase c)
    {
        DateTimeOffset? latest = null;
        for (var step = CaseStep.Received; step <= CaseStep.ServiceDelivered; step++)
        {
            if (c.TimeOf(step) is not { } at)
            {
                continue;
            }

            if (at < latest)
            {
                return true;
            }

            latest = at;
        }

        return false;
    }

    private static DataQualityFinding Finding(DataQualityKind kind, ExampleCollector collector, string? detail) => new()
    {
        Kind = kind,
        Count = collector.Count,
        Examples = [.. collector.Examples],
        Detail = detail,
    };
}
