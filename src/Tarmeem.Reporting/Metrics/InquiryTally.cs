namespace Tarmeem.Reporting.Metrics;

/// <summary>Inquiries received in one period and how fast they were first answered, in one pass.</summary>
internal sealed class InquiryTally
{
    public int Received { get; private set; }

    public int[] ReceivedByChannel { get; } = new int[Slots.Channels];

    /// <summary><c>[channel * 6 + branch]</c>.</summary>
    public int[] ReceivedByChannelBranch { get; } = new int[Slots.Channels * Slots.Branches];

    public DurationSample FirstResponse { get; } = new();

    public DurationSample[] FirstResponseByChannel { get; } = [.. Enumerable.Range(0, Slots.Channels).Select(_ => new DurationSample())];

    public static InquiryTally Scan(ScanContext context)
    {
        var tally = new InquiryTally();
        var records = context.Records;
        var inquiries = records.Records.Inquiries;
        for (var i = 0; i < inquiries.Count; i++)
        {
            var receivedDay = records.InquiryReceivedDays[i];
            if (!context.Window.Contains(receivedDay))
            {
                continue;
            }

            var inquiry = inquiries[i];
            var channel = Slots.Of(inquiry.Channel);
            tally.Received++;
            tally.ReceivedByChannel[channel]++;
            tally.ReceivedByChannelBranch[(channel * Slots.Branches) + Slots.Of(inquiry.Branch)]++;

            if (inquiry.FirstResponse is not { } answered)
            {
                continue;
            }

            // An answer recorded before receipt is a data error (counted in data quality), not a duration.
            var ticks = (answered - inquiry.Received!.Value).Ticks;
            if (ticks < 0)
            {
                continue;
            }

            var businessDays = context.BusinessDays.Between(receivedDay, records.InquiryFirstResponseDays[i]);
            tally.FirstResponse.Add(ticks, businessDays);
            tally.FirstResponseByChannel[channel].Add(ticks, businessDays);
        }

        return tally;
    }
}
