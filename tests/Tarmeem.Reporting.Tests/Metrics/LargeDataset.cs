using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Tests.Metrics;

/// <summary>A deterministic synthetic load: cases and inquiries spread over two years, surveys for most of them.</summary>
internal static class LargeDataset
{
    private static readonly DateTimeOffset Start = new(2024, 11, 1, 0, 0, 0, TimeSpan.FromHours(3));

    public static ServiceRecords Build(int caseCount, int inquiryCount)
    {
        var random = new Random(20261031);
        var spanMinutes = (int)(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(3)) - Start).TotalMinutes;
        var cases = new SupportCase[caseCount];
        var invitations = new List<SurveyInvitation>();
        var responses = new List<SurveyResponse>();
        for (var i = 0; i < caseCount; i++)
        {
            var received = Start.AddMinutes(random.Next(spanMinutes));
            var decided = random.Next(10) < 8 ? received.AddHours(random.Next(1, 40 * 24)) : (DateTimeOffset?)null;
            var decision = decided is null ? CaseDecision.Pending : random.Next(4) == 0 ? CaseDecision.Rejected : CaseDecision.Accepted;
            var delivered = decision == CaseDecision.Accepted && random.Next(3) > 0 ? decided!.Value.AddDays(random.Next(1, 30)) : (DateTimeOffset?)null;
            cases[i] = new SupportCase
            {
                CaseNumber = $"C{i:0000000}",
                Channel = (Channel)random.Next(9),
                Branch = (Branch)random.Next(6),
                Received = received,
                DataVerified = received.AddHours(random.Next(1, 48)),
                ReferredToResearcher = random.Next(5) == 0 ? received.AddHours(random.Next(1, 72)) : null,
                Attested = received.AddHours(random.Next(24, 96)),
                SubmittedToCommittee = received.AddHours(random.Next(48, 120)),
                DecisionAt = decided,
                Decision = decision,
                RegistrationCompleted = delivered?.AddDays(-1),
                ServiceDelivered = delivered,
                IncompleteApplication = random.Next(6) == 0,
            };
            AddSurvey(random, invitations, responses, SurveySubjectKind.Case, cases[i].CaseNumber, cases[i].Channel, delivered ?? decided);
        }

        var inquiries = new Inquiry[inquiryCount];
        for (var i = 0; i < inquiryCount; i++)
        {
            var received = Start.AddMinutes(random.Next(spanMinutes));
            var answered = random.Next(10) < 9 ? received.AddMinutes(random.Next(5, 5 * 24 * 60)) : (DateTimeOffset?)null;
            inquiries[i] = new Inquiry
            {
                Id = $"I{i:0000000}",
                Channel = (Channel)random.Next(9),
                Branch = (Branch)random.Next(6),
                Received = received,
                FirstResponse = answered,
            };
            AddSurvey(random, invitations, responses, SurveySubjectKind.Inquiry, inquiries[i].Id, inquiries[i].Channel, answered);
        }

        return new ServiceRecords { Cases = cases, Inquiries = inquiries, Invitations = invitations, Responses = responses };
    }

    private static void AddSurvey(
        Random random, List<SurveyInvitation> invitations, List<SurveyResponse> responses,
        SurveySubjectKind kind, string subject, Channel channel, DateTimeOffset? after)
    {
        if (after is not { } sent || random.Next(10) < 3)
        {
            return;
        }

        var id = $"V{invitations.Count:0000000}";
        invitations.Add(new SurveyInvitation
        {
            Id = id, SubjectKind = kind, SubjectId = subject, Channel = channel, Branch = Branch.Makkah,
            CreatedAt = sent, SentAt = sent, ExpiresAt = sent.AddDays(14), Status = InvitationStatus.Sent,
        });
        if (random.Next(10) < 4)
        {
            responses.Add(new SurveyResponse
            {
                InvitationId = id,
                AnsweredAt = sent.AddHours(random.Next(1, 72)),
                Overall = random.Next(1, 6),
                Speed = random.Next(0, 6) is var speed && speed > 0 ? speed : null,
                Comment = random.Next(5) == 0 ? "شكراً جزيلاً، رقمي 0551234567" : null,
            });
        }
    }
}
