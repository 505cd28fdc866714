using System.Text.RegularExpressions;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;
using Tarmeem.Core.Time;

namespace Tarmeem.Sample.Tests;

public sealed partial class SampleCaseTests
{
    private static readonly List<SupportCase> MainYear =
        SampleFixture.Records.Cases.Where(c => SampleFixture.InMainYear(c.Received)).ToList();

    [Fact]
    public void Cases_MainYear_UseAllEightChannelsUnequally()
    {
        var counts = ChannelCatalog.PolicyChannels.ToDictionary(ch => ch, ch => MainYear.Count(c => c.Channel == ch));

        Assert.All(counts.Values, count => Assert.True(count > 0));
        Assert.True(counts[Channel.InPerson] > 3 * counts[Channel.Volunteering]);
        Assert.True(counts[Channel.Phone] > counts[Channel.Website]);
        Assert.True(counts[Channel.AssistanceRequest] > counts[Channel.Letter]);
    }

    [Fact]
    public void Cases_MainYear_UseAllFiveBranchesWithMakkahAndJeddahLargest()
    {
        var counts = ChannelCatalog.Branches.ToDictionary(b => b, b => MainYear.Count(c => c.Branch == b));

        Assert.All(counts.Values, count => Assert.True(count > 0));
        Assert.True(counts[Branch.Makkah] > counts[Branch.Taif]);
        Assert.True(counts[Branch.Jeddah] > counts[Branch.Taif]);
        Assert.True(counts[Branch.Taif] > counts[Branch.AlLith]);
        Assert.True(counts[Branch.Taif] > counts[Branch.AlQunfudhah]);
        Assert.DoesNotContain(SampleFixture.Records.Cases, c => c.Branch == Branch.Unspecified);
    }

    [Fact]
    public void Cases_Decided_ShowARealisticTailPastFourteenDays()
    {
        var days = MainYear.Where(c => c.DecisionAt is not null)
            .Select(c => BusinessCalendar.CalendarDays(c.Received!.Value, c.DecisionAt!.Value))
            .ToList();

        Assert.InRange(days.Count(d => d > 14) / (double)days.Count, 0.10, 0.35);
        Assert.InRange(days.Count(d => d > 30) / (double)days.Count, 0.002, 0.08);
    }

    [Fact]
    public void Cases_ProcessShares_MatchTheAssociationsMix()
    {
        var decided = MainYear.Where(c => c.Decision != CaseDecision.Pending).ToList();

        Assert.InRange(decided.Count(c => c.Decision == CaseDecision.Accepted) / (double)decided.Count, 0.65, 0.75);
        Assert.InRange(MainYear.Count(c => c.ReferredToResearcher is not null) / (double)MainYear.Count, 0.14, 0.22);
        Assert.InRange(MainYear.Count(c => c.IncompleteApplication) / (double)MainYear.Count, 0.06, 0.10);
    }

    [Fact]
    public void Cases_IncompleteApplications_TakeLongerToVerify()
    {
        double MeanVerifyDays(bool incomplete) => MainYear
            .Where(c => c.IncompleteApplication == incomplete && c.DataVerified is not null)
            .Average(c => BusinessCalendar.CalendarDays(c.Received!.Value, c.DataVerified!.Value));

        Assert.True(MeanVerifyDays(incomplete: true) > 3 * MeanVerifyDays(incomplete: false));
    }

    [Fact]
    public void Cases_Steps_AreInOrderExceptTheOnePlantedSwap()
    {
        var outOfOrder = SampleFixture.Records.Cases.Where(c => !StepsInOrder(c)).ToList();

        var swapped = Assert.Single(outOfOrder);
        Assert.True(swapped.DecisionAt < swapped.SubmittedToCommittee);
        Assert.Equal(1, SampleFixture.Data.Summary.CasesOutOfOrder);
    }

    [Fact]
    public void Cases_MissingReceived_IsExactlyThePlantedOneWithLaterStepsSet()
    {
        var missing = Assert.Single(SampleFixture.Records.Cases, c => c.Received is null);

        Assert.NotNull(missing.DataVerified);
        Assert.Equal(1, SampleFixture.Data.Summary.CasesMissingReceived);
    }

    [Fact]
    public void Cases_UnmappedChannel_AreThePlantedFewWithTheirRawText()
    {
        var unmapped = SampleFixture.Records.Cases.Where(c => c.Channel == Channel.Unspecified).ToList();

        Assert.Equal(3, unmapped.Count);
        Assert.Equal(SampleFixture.Data.Summary.UnmappedChannelCases, unmapped.Count);
        Assert.All(unmapped, c => Assert.False(ChannelCatalog.TryParse(c.RawChannel, out _)));
        Assert.Contains(unmapped, c => c.RawChannel == "WhatsApp-old");
        Assert.All(SampleFixture.Records.Cases.Where(c => c.Channel != Channel.Unspecified), c => Assert.Null(c.RawChannel));
    }

    [Fact]
    public void Cases_Decision_IsConsistentWithTheLaterSteps()
    {
        foreach (var c in SampleFixture.Records.Cases)
        {
            Assert.Equal(c.Decision == CaseDecision.Pending, c.DecisionAt is null);
            if (c.Decision != CaseDecision.Accepted)
            {
                Assert.Null(c.RegistrationCompleted);
                Assert.Null(c.ServiceDelivered);
            }
        }

        Assert.Contains(MainYear, c => c.Decision == CaseDecision.Accepted && c.ServiceDelivered is not null);
    }

    [Fact]
    public void Cases_RecentOnes_AreStillOpen()
    {
        var lastMonth = SampleFixture.Records.Cases.Where(c => c.Received >= SampleFixture.LastMonthStart).ToList();
        var old = MainYear.Where(c => c.Received < SampleFixture.MainYearStart.AddMonths(3)).ToList();

        Assert.True(lastMonth.Count(c => !c.IsClosed) > lastMonth.Count / 2);
        Assert.True(old.Count(c => c.IsClosed) > old.Count * 0.95);
    }

    [Fact]
    public void Cases_CaseNumbers_FollowYearOfReceiptAndSequence()
    {
        var previous = (Year: 0, Sequence: 0);
        foreach (var c in SampleFixture.Records.Cases)
        {
            var match = CaseNumberPattern().Match(c.CaseNumber);
            Assert.True(match.Success, c.CaseNumber);
            var year = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var sequence = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(previous.Year == year ? previous.Sequence + 1 : 1, sequence);
            if (c.Received is { } received)
            {
                Assert.Equal(received.Year, year);
            }

            previous = (year, sequence);
        }
    }

    [Fact]
    public void Cases_OfficeChannels_ArriveInWorkingHoursWhileWebsiteArrivesAnyTime()
    {
        var office = MainYear.Where(c => c.Channel is Channel.InPerson or Channel.Phone or Channel.Letter or Channel.BranchRepresentative);
        var website = MainYear.Where(c => c.Channel == Channel.Website).Select(c => SampleFixture.Local(c.Received!.Value)).ToList();

        Assert.All(office, c => Assert.True(InWorkingHours(SampleFixture.Local(c.Received!.Value)), c.CaseNumber));
        Assert.Contains(website, t => t.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday);
        Assert.Contains(website, t => t.Hour >= 20);
    }

    [Fact]
    public void Cases_StaffSteps_HappenInWorkingHours()
    {
        var steps = SampleFixture.Records.Cases
            .SelectMany(c => new[] { c.DataVerified, c.ReferredToResearcher, c.Attested, c.SubmittedToCommittee, c.DecisionAt, c.RegistrationCompleted, c.ServiceDelivered })
            .OfType<DateTimeOffset>();

        Assert.All(steps, s => Assert.True(InWorkingHours(SampleFixture.Local(s)), s.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Cases_EidAlFitrWeek_IsQuieterThanAnAverageWeek()
    {
        var eidDays = Enumerable.Range(0, 365)
            .Select(i => new DateOnly(2025, 11, 1).AddDays(i))
            .Where(d => HijriDate.Parts(d) is (_, 10, <= 7))
            .ToHashSet();
        var perDay = MainYear.GroupBy(c => DateOnly.FromDateTime(SampleFixture.Local(c.Received!.Value))).ToDictionary(g => g.Key, g => g.Count());

        var eidAverage = eidDays.Sum(d => perDay.GetValueOrDefault(d)) / (double)eidDays.Count;

        Assert.Equal(7, eidDays.Count);
        Assert.True(eidAverage < 0.6 * MainYear.Count / 365.0, $"Eid week averages {eidAverage:F1} cases a day.");
    }

    private static bool InWorkingHours(DateTime local) =>
        local.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday) && local.Hour >= 8 && local.Hour < 16;

    private static bool StepsInOrder(SupportCase c)
    {
        DateTimeOffset? previous = null;
        var gap = false;
        foreach (var step in Enum.GetValues<CaseStep>())
        {
            var time = c.TimeOf(step);
            if (time is null)
            {
                // The referral is optional; a missing receipt is its own finding, tested on its own.
                gap |= step is not (CaseStep.ReferredToResearcher or CaseStep.Received);
                continue;
            }

            if (gap || time < previous)
            {
                return false;
            }

            previous = time;
        }

        return true;
    }

    [GeneratedRegex(@"^TRM-(\d{4})-(\d{6})$")]
    private static partial Regex CaseNumberPattern();
}
