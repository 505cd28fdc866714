using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;

namespace Tarmeem.Sample;

/// <summary>
/// Survey invitations a day after an inquiry is resolved or a case is delivered or rejected, sent only
/// Sunday–Thursday 09:00–20:00, and the answers that came back before the end of the sample.
/// </summary>
internal sealed class SurveyGenerator(SampleWindows windows, Random random)
{
    public const double NoEmailShare = 0.10;
    public static readonly TimeSpan SendingStarts = TimeSpan.FromHours(9);
    public static readonly TimeSpan SendingEnds = TimeSpan.FromHours(20);
    public static readonly TimeSpan Validity = TimeSpan.FromDays(14);

    private static readonly TimeSpan DelayAfterEvent = TimeSpan.FromHours(24);
    private static readonly TimeSpan ReminderAfter = TimeSpan.FromHours(72);

    private static readonly WeightedChoice<(TimeSpan Min, TimeSpan Max)> AnswerDelays = new(
        ((TimeSpan.FromMinutes(1), TimeSpan.FromHours(6)), 45),
        ((TimeSpan.FromHours(6), TimeSpan.FromHours(48)), 25),
        ((TimeSpan.FromDays(2), TimeSpan.FromDays(5)), 20),
        ((TimeSpan.FromDays(5), TimeSpan.FromDays(13.9)), 10));

    private readonly ScoreDrawer _scores = new(random);

    public List<SurveyInvitation> Invitations { get; } = [];

    public List<SurveyResponse> Responses { get; } = [];

    public int EventsWithoutEmail { get; private set; }

    public void InviteForCases(IReadOnlyList<SupportCase> cases)
    {
        Invitations.Capacity = cases.Count;
        Responses.Capacity = cases.Count / 2;
        foreach (var supportCase in cases)
        {
            var rejected = supportCase.Decision == CaseDecision.Rejected;
            var eventAt = supportCase.ServiceDelivered ?? (rejected ? supportCase.DecisionAt : null);
            if (eventAt is { } at)
            {
                Invite(SurveySubjectKind.Case, supportCase.CaseNumber, supportCase.Channel, supportCase.Branch, at, rejected);
            }
        }
    }

    public void InviteForInquiries(IReadOnlyList<Inquiry> inquiries)
    {
        Invitations.Capacity = inquiries.Count;
        Responses.Capacity = inquiries.Count / 2;
        foreach (var inquiry in inquiries)
        {
            if (inquiry.Resolved is { } at)
            {
                Invite(SurveySubjectKind.Inquiry, inquiry.Id, inquiry.Channel, inquiry.Branch, at, unfavourable: false);
            }
        }
    }

    /// <summary>Moves a moment forward into the sending window: Sunday–Thursday, 09:00–20:00 local.</summary>
    internal DateTime IntoSendingHours(DateTime local)
    {
        while (true)
        {
            var date = DateOnly.FromDateTime(local);
            var time = local.TimeOfDay;
            if (BusinessCalendar.IsWeekend(date) || time >= SendingEnds)
            {
                local = date.AddDays(1).ToDateTime(TimeOnly.MinValue) + SendingStarts + random.Between(TimeSpan.Zero, TimeSpan.FromMinutes(10));
            }
            else if (time < SendingStarts)
            {
                local = date.ToDateTime(TimeOnly.MinValue) + SendingStarts + random.Between(TimeSpan.Zero, TimeSpan.FromMinutes(10));
            }
            else
            {
                return local;
            }
        }
    }

    private void Invite(SurveySubjectKind kind, string subjectId, Channel channel, Branch branch, DateTimeOffset eventAt, bool unfavourable)
    {
        var eventLocal = eventAt.ToOffset(windows.Offset).DateTime;
        var created = IntoSendingHours(eventLocal + DelayAfterEvent + random.Between(TimeSpan.Zero, TimeSpan.FromMinutes(30)));
        if (created >= windows.EndLocal)
        {
            return;
        }

        if (random.Chance(NoEmailShare))
        {
            EventsWithoutEmail++;
            return;
        }

        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var id = Convert.ToHexStringLower(bytes);
        var expires = created + Validity;
        var rate = SampleMix.ResponseRate(channel) + (kind == SurveySubjectKind.Case ? 0.03 : 0);
        DateTime? answered = null;
        if (random.Chance(rate))
        {
            var (min, max) = AnswerDelays.Pick(random);
            answered = created + random.Between(min, max);
        }

        var reminder = IntoSendingHours(created + ReminderAfter);
        var reminded = reminder < expires && (answered is null || answered > reminder) ? windows.IfPast(reminder) : null;
        var answeredAt = windows.IfPast(answered);
        var status = answeredAt is not null ? InvitationStatus.Answered
            : expires <= windows.EndLocal ? InvitationStatus.Expired
            : InvitationStatus.Sent;

        Invitations.Add(new SurveyInvitation
        {
            Id = id,
            SubjectKind = kind,
            SubjectId = subjectId,
            Channel = channel,
            Branch = branch,
            CreatedAt = windows.At(created),
            SentAt = windows.At(created),
            ReminderSentAt = reminded,
            ExpiresAt = windows.At(expires),
            Status = status,
        });

        if (answeredAt is { } at)
        {
            Responses.Add(_scores.Draw(id, at, unfavourable));
        }
    }
}
