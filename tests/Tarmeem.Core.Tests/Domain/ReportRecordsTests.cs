using Tarmeem.Core.Domain;

namespace Tarmeem.Core.Tests.Domain;

public sealed class ReportRecordsTests
{
    private static readonly DateTimeOffset Sent = new(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public void From_SeveralAnswersToOneInvitation_KeepsTheLatestAndOfTiesTheLaterInTheList()
    {
        var records = new ServiceRecords
        {
            Invitations = [Invitation("a"), Invitation("b")],
            Responses =
            [
                Answer("a", hours: 5, overall: 1), Answer("a", hours: 9, overall: 2), Answer("a", hours: 7, overall: 3),
                Answer("b", hours: 4, overall: 4), Answer("b", hours: 4, overall: 5),
            ],
        };

        var surveys = ReportRecords.From(records).Surveys;

        Assert.Equal([2, 5], surveys.Select(survey => survey.Answer!.Overall));
    }

    [Fact]
    public void From_AnswerToAnInvitationNotHeld_CountsNowhere()
    {
        var records = new ServiceRecords { Invitations = [Invitation("a")], Responses = [Answer("elsewhere", hours: 5, overall: 4)] };

        var survey = Assert.Single(ReportRecords.From(records).Surveys);

        Assert.Null(survey.Answer);
    }

    [Fact]
    public void From_TwoInvitationsWithOneId_AnswersOnlyTheFirst()
    {
        var records = new ServiceRecords
        {
            Invitations = [Invitation("a") with { Channel = Channel.Phone }, Invitation("a") with { Channel = Channel.Letter }],
            Responses = [Answer("a", hours: 5, overall: 4)],
        };

        var surveys = ReportRecords.From(records).Surveys;

        Assert.Equal([(Channel.Phone, true), (Channel.Letter, false)], surveys.Select(survey => (survey.Channel, survey.Answer is not null)));
    }

    [Fact]
    public void From_CaseSubject_NamesTheCaseOnlyOnceAnswered()
    {
        var records = new ServiceRecords
        {
            Invitations =
            [
                Invitation("answered") with { SubjectKind = SurveySubjectKind.Case, SubjectId = "C-1" },
                Invitation("waiting") with { SubjectKind = SurveySubjectKind.Case, SubjectId = "C-2" },
                Invitation("inquiry") with { SubjectKind = SurveySubjectKind.Inquiry, SubjectId = "I-1" },
            ],
            Responses = [Answer("answered", hours: 5, overall: 4), Answer("inquiry", hours: 6, overall: 3)],
        };

        var surveys = ReportRecords.From(records).Surveys;

        Assert.Equal(["C-1", null, null], surveys.Select(survey => survey.AnsweredCase));
        Assert.Equal([Sent, Sent, Sent], surveys.Select(survey => survey.SentAt));
    }

    [Fact]
    public void From_CasesInquiriesAndQuarantined_AreTheSameLists()
    {
        var records = new ServiceRecords
        {
            Cases = [new SupportCase { CaseNumber = "C-1", Channel = Channel.Phone, Branch = Branch.Taif }],
            Inquiries = [new Inquiry { Id = "I-1", Channel = Channel.Website, Branch = Branch.Makkah }],
            Quarantined = [new QuarantinedRecord { Source = "cases", SourceId = "7", Reason = "no date", SeenAt = Sent }],
        };

        var report = ReportRecords.From(records);

        Assert.Same(records.Cases, report.Cases);
        Assert.Same(records.Inquiries, report.Inquiries);
        Assert.Same(records.Quarantined, report.Quarantined);
        Assert.Empty(report.Surveys);
    }

    private static SurveyInvitation Invitation(string id) => new()
    {
        Id = id,
        SubjectKind = SurveySubjectKind.Inquiry,
        SubjectId = "I-" + id,
        Channel = Channel.Website,
        Branch = Branch.Jeddah,
        CreatedAt = Sent.AddMinutes(-1),
        SentAt = Sent,
        ExpiresAt = Sent.AddDays(14),
    };

    private static SurveyResponse Answer(string invitationId, int hours, int overall) => new()
    {
        InvitationId = invitationId,
        AnsweredAt = Sent.AddHours(hours),
        Overall = overall,
    };
}
