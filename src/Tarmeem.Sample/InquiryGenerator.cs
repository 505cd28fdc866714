using System.Globalization;
using Tarmeem.Core.Domain;

namespace Tarmeem.Sample;

/// <summary>
/// Inquiries with a first response and a resolution. Calls and walk-ins are answered on the spot or
/// the same day, messages the next working morning, letters after days; a few are never resolved.
/// </summary>
internal sealed class InquiryGenerator(SampleWindows windows, WorkClock clock, Random random)
{
    /// <summary>Inquiries left unresolved for good, on top of the recent ones still being worked on.</summary>
    public const double StuckShare = 0.022;

    private static readonly WeightedChoice<int> FollowUpDays = new(
        (0, 30), (1, 25), (2, 15), (3, 8), (4, 6), (5, 6), (8, 6), (12, 4));

    public List<Inquiry> Generate(IEnumerable<Arrival> arrivals, int expectedCount) =>
        Arrival.Numbered(arrivals, expectedCount, "INQ", Walk);

    private Inquiry Walk(Arrival arrival, string id)
    {
        var category = arrival.Channel == Channel.Volunteering && random.Chance(0.6)
            ? InquiryCategory.Volunteering
            : SampleMix.InquiryCategories.Pick(random);
        var received = arrival.Local;
        var first = FirstResponse(arrival.Channel, received);
        var resolvedOnTheSpot = category switch
        {
            InquiryCategory.Complaint => 0.2,
            InquiryCategory.ApplicationStatus => 0.45,
            _ => 0.65,
        };
        DateTime? resolved = random.Chance(StuckShare) ? null
            : random.Chance(resolvedOnTheSpot) ? first
            : clock.Later(first, FollowUpDays.Pick(random) + (category == InquiryCategory.Complaint ? random.Next(0, 6) : 0));

        var firstAt = windows.IfPast(first);
        return new Inquiry
        {
            Id = id,
            Channel = arrival.Channel,
            Branch = SampleMix.BranchesFor(arrival.Channel).Pick(random),
            Category = category,
            Received = windows.At(received),
            FirstResponse = firstAt,
            Resolved = firstAt is null ? null : windows.IfPast(resolved),
        };
    }

    private DateTime FirstResponse(Channel channel, DateTime received) => channel switch
    {
        Channel.Phone => random.Chance(0.75)
            ? received + random.Between(TimeSpan.Zero, TimeSpan.FromMinutes(10))
            : clock.Later(received, random.Chance(0.7) ? 0 : 1),
        Channel.InPerson => random.Chance(0.9)
            ? received + random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(30))
            : clock.Later(received, 0),
        Channel.Letter => clock.Later(received, random.Next(1, 8)),
        Channel.Website or Channel.SocialMedia => random.Chance(0.85)
            ? clock.Working(received + random.Exponential(TimeSpan.FromHours(2), TimeSpan.FromDays(2)))
            : clock.Later(received, random.Next(1, 4)),
        _ => random.Chance(0.4)
            ? clock.Working(received + random.Exponential(TimeSpan.FromHours(3), TimeSpan.FromDays(1)))
            : clock.Later(received, random.Next(0, 4)),
    };
}
