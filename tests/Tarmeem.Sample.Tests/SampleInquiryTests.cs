using System.Text.RegularExpressions;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Sample.Tests;

public sealed partial class SampleInquiryTests
{
    private static readonly List<Inquiry> MainYear =
        SampleFixture.Records.Inquiries.Where(q => SampleFixture.InMainYear(q.Received)).ToList();

    [Fact]
    public void Inquiries_MainYear_UseAllChannelsAndBranchesAndCategories()
    {
        Assert.All(ChannelCatalog.PolicyChannels, ch => Assert.Contains(MainYear, q => q.Channel == ch));
        Assert.All(ChannelCatalog.Branches, b => Assert.Contains(MainYear, q => q.Branch == b));
        Assert.All(Enum.GetValues<InquiryCategory>(), cat => Assert.Contains(MainYear, q => q.Category == cat));
        Assert.True(MainYear.Count(q => q.Channel == Channel.Phone) > 5 * MainYear.Count(q => q.Channel == Channel.Volunteering));
    }

    [Fact]
    public void Inquiries_FirstResponse_FollowsReceiptExceptThePlantedOne()
    {
        var early = SampleFixture.Records.Inquiries.Where(q => q.FirstResponse < q.Received).ToList();

        Assert.Single(early);
        Assert.Equal(1, SampleFixture.Data.Summary.InquiriesAnsweredBeforeReceived);
        Assert.All(SampleFixture.Records.Inquiries, q => Assert.False(q.Resolved < q.FirstResponse, q.Id));
        Assert.All(SampleFixture.Records.Inquiries, q => Assert.False(q.Resolved is not null && q.FirstResponse is null, q.Id));
    }

    [Fact]
    public void Inquiries_FirstResponse_IsFastForCallsAndSlowestForLetters()
    {
        double MedianHours(Channel channel)
        {
            var hours = MainYear.Where(q => q.Channel == channel && q.FirstResponse >= q.Received)
                .Select(q => (q.FirstResponse!.Value - q.Received!.Value).TotalHours)
                .Order()
                .ToList();
            return hours[hours.Count / 2];
        }

        var phone = MedianHours(Channel.Phone);
        var letter = MedianHours(Channel.Letter);

        Assert.True(phone < 1, $"Phone median {phone:F2} h.");
        Assert.True(MedianHours(Channel.InPerson) < 1);
        Assert.All(ChannelCatalog.PolicyChannels.Where(ch => ch != Channel.Letter), ch => Assert.True(MedianHours(ch) < letter, ch.ToString()));
    }

    [Fact]
    public void Inquiries_Unresolved_AreAboutThreePercent()
    {
        Assert.InRange(MainYear.Count(q => q.Resolved is null) / (double)MainYear.Count, 0.015, 0.05);
    }

    [Fact]
    public void Inquiries_UnmappedChannel_AreThePlantedTwo()
    {
        var unmapped = SampleFixture.Records.Inquiries.Where(q => q.Channel == Channel.Unspecified).ToList();

        Assert.Equal(2, unmapped.Count);
        Assert.Equal(SampleFixture.Data.Summary.UnmappedChannelInquiries, unmapped.Count);
        Assert.All(unmapped, q => Assert.False(string.IsNullOrWhiteSpace(q.RawChannel)));
    }

    [Fact]
    public void Inquiries_Ids_AreYearAndSequenceAndUnique()
    {
        Assert.All(SampleFixture.Records.Inquiries, q => Assert.Matches(InquiryIdPattern(), q.Id));
        Assert.Equal(
            SampleFixture.Records.Inquiries.Count,
            SampleFixture.Records.Inquiries.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Quarantined_AreAFewUnreadableRowsNamingTheColumn()
    {
        var quarantined = SampleFixture.Records.Quarantined;

        Assert.Equal(3, quarantined.Count);
        Assert.Equal(2, quarantined.Count(q => q.Source == "cases"));
        Assert.All(quarantined, q => Assert.Contains("Column '", q.Reason, StringComparison.Ordinal));
        Assert.All(quarantined, q => Assert.InRange(q.SeenAt, SampleFixture.LastMonthStart, SampleFixture.End));
    }

    [GeneratedRegex(@"^INQ-\d{4}-\d{6}$")]
    private static partial Regex InquiryIdPattern();
}
