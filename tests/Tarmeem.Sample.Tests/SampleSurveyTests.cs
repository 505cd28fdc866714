using System.Text.RegularExpressions;
using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Sample.Tests;

public sealed partial class SampleSurveyTests
{
    private static readonly List<SurveyInvitation> MainYear =
        SampleFixture.Records.Invitations.Where(i => SampleFixture.InMainYear(i.CreatedAt)).ToList();

    private static readonly List<SurveyResponse> MainYearResponses =
        SampleFixture.Records.Responses.Where(r => SampleFixture.InMainYear(r.AnsweredAt)).ToList();

    [Fact]
    public void Invitations_AreSentOnlySundayToThursdayBetweenNineAndEight()
    {
        var moments = SampleFixture.Records.Invitations
            .SelectMany(i => new[] { i.CreatedAt, i.SentAt, i.ReminderSentAt })
            .OfType<DateTimeOffset>()
            .Select(SampleFixture.Local)
            .ToList();

        Assert.All(moments, t => Assert.False(t.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday, $"{t:O} is a weekend."));
        Assert.All(moments, t => Assert.InRange(t.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(20) - TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void Invitations_FollowTheirEventByADayAndExpireFourteenDaysAfterSending()
    {
        var inquiries = SampleFixture.Records.Inquiries.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var invitation in MainYear.Where(i => i.SubjectKind == SurveySubjectKind.Inquiry))
        {
            var resolved = inquiries[invitation.SubjectId].Resolved!.Value;
            Assert.InRange(invitation.CreatedAt - resolved, TimeSpan.FromHours(24), TimeSpan.FromDays(4));
        }

        Assert.All(SampleFixture.Records.Invitations, i => Assert.Equal(TimeSpan.FromDays(14), i.ExpiresAt - i.SentAt!.Value));
        Assert.All(SampleFixture.Records.Invitations, i => Assert.Matches(InvitationIdPattern(), i.Id));
    }

    [Fact]
    public void Invitations_CoverResolvedInquiriesAndDeliveredOrRejectedCasesOnly()
    {
        var cases = SampleFixture.Records.Cases.ToDictionary(c => c.CaseNumber, StringComparer.Ordinal);
        var inquiries = SampleFixture.Records.Inquiries.ToDictionary(q => q.Id, StringComparer.Ordinal);

        foreach (var invitation in SampleFixture.Records.Invitations)
        {
            if (invitation.SubjectKind == SurveySubjectKind.Case)
            {
                var c = cases[invitation.SubjectId];
                Assert.True(c.ServiceDelivered is not null || c.Decision == CaseDecision.Rejected, c.CaseNumber);
                Assert.Equal(c.Channel, invitation.Channel);
            }
            else
            {
                Assert.NotNull(inquiries[invitation.SubjectId].Resolved);
            }
        }

        Assert.Contains(MainYear, i => i.SubjectKind == SurveySubjectKind.Case);
    }

    [Fact]
    public void Invitations_AboutOneEventInTenHasNoEmailAndNoInvitation()
    {
        var withoutEmail = SampleFixture.Data.Summary.EventsWithoutEmail;

        Assert.InRange(withoutEmail / (double)(withoutEmail + SampleFixture.Records.Invitations.Count), 0.08, 0.12);
    }

    [Fact]
    public void Invitations_Status_IsConsistentWithTheDates()
    {
        var answered = SampleFixture.Records.Responses.ToDictionary(r => r.InvitationId, StringComparer.Ordinal);
        foreach (var invitation in SampleFixture.Records.Invitations)
        {
            var hasAnswer = answered.TryGetValue(invitation.Id, out var response);
            var expected = hasAnswer ? InvitationStatus.Answered
                : invitation.ExpiresAt <= SampleFixture.End ? InvitationStatus.Expired
                : InvitationStatus.Sent;
            Assert.Equal(expected, invitation.Status);
            if (response is not null)
            {
                Assert.InRange(response.AnsweredAt, invitation.SentAt!.Value, invitation.ExpiresAt);
            }
        }

        Assert.Equal(SampleFixture.Records.Invitations.Count(i => i.Status == InvitationStatus.Answered), answered.Count);
        Assert.Contains(SampleFixture.Records.Invitations, i => i.Status == InvitationStatus.Sent);
    }

    [Fact]
    public void Invitations_ResponseRate_IsRealisticAndVariesByChannel()
    {
        static double Rate(IEnumerable<SurveyInvitation> invitations)
        {
            var closed = invitations.Where(i => i.Status is InvitationStatus.Answered or InvitationStatus.Expired).ToList();
            return closed.Count(i => i.Status == InvitationStatus.Answered) / (double)closed.Count;
        }

        var byChannel = ChannelCatalog.PolicyChannels.Select(ch => Rate(MainYear.Where(i => i.Channel == ch))).ToList();

        Assert.InRange(Rate(MainYear), 0.35, 0.45);
        Assert.True(byChannel.Max() - byChannel.Min() > 0.08);
    }

    [Fact]
    public void Responses_Overall_IsSkewedPositiveAsStated()
    {
        double Share(int score) => MainYearResponses.Count(r => r.Overall == score) / (double)MainYearResponses.Count;

        Assert.InRange(Share(5), 0.40, 0.50);
        Assert.InRange(Share(4), 0.26, 0.34);
        Assert.InRange(Share(3), 0.09, 0.15);
        Assert.InRange(Share(2), 0.05, 0.11);
        Assert.InRange(Share(1), 0.03, 0.08);
    }

    [Fact]
    public void Responses_DetailQuestions_FollowOverallAndAreSometimesSkipped()
    {
        var pairs = MainYearResponses.Where(r => r.Speed is not null).Select(r => (X: (double)r.Overall, Y: (double)r.Speed!.Value)).ToList();
        var meanX = pairs.Average(p => p.X);
        var meanY = pairs.Average(p => p.Y);
        var covariance = pairs.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var correlation = covariance / Math.Sqrt(pairs.Sum(p => Math.Pow(p.X - meanX, 2)) * pairs.Sum(p => Math.Pow(p.Y - meanY, 2)));

        Assert.True(correlation > 0.6, $"Correlation {correlation:F2}.");
        Assert.InRange(MainYearResponses.Count(r => r.Courtesy is null) / (double)MainYearResponses.Count, 0.1, 0.5);
        Assert.All(MainYearResponses, r => Assert.InRange(r.Overall, 1, 5));
    }

    [Fact]
    public void Responses_Comments_AreAboutOneInFiveAndSomeComeByEmail()
    {
        Assert.InRange(MainYearResponses.Count(r => r.Comment is not null) / (double)MainYearResponses.Count, 0.15, 0.25);
        Assert.InRange(MainYearResponses.Count(r => r.Source == ResponseSource.EmailReply) / (double)MainYearResponses.Count, 0.04, 0.12);
        Assert.All(MainYearResponses.Where(r => r.Comment is not null), r => Assert.False(string.IsNullOrWhiteSpace(r.Comment)));
    }

    [Theory]
    [InlineData("0500000001")]
    [InlineData("someone@example.com")]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("<script>alert(1)</script>")]
    public void Responses_PlantedComments_CarryPersonalDataAndFormulasInTheLastMonth(string marker)
    {
        var planted = SampleFixture.Records.Responses.Where(r => r.Comment?.Contains(marker, StringComparison.Ordinal) == true).ToList();

        var response = Assert.Single(planted);
        Assert.True(response.AnsweredAt >= SampleFixture.LastMonthStart);
    }

    [Fact]
    public void Responses_PlantedComments_AreAllPresentOnce()
    {
        var comments = SampleFixture.Records.Responses.Select(r => r.Comment).OfType<string>().ToList();

        Assert.Equal(6, SampleTexts.Default.PlantedComments.Count);
        Assert.All(SampleTexts.Default.PlantedComments, text => Assert.Single(comments, c => c == text));
        Assert.Equal(6, SampleFixture.Data.Summary.PlantedComments);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex InvitationIdPattern();
}
