using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Tests.Support;

namespace Tarmeem.Surveys.Tests.Planning;

public sealed class SurveyPlannerTests
{
    private static SurveyDecision Single(SurveyPlan plan) => Assert.Single(plan.Decisions);

    private static SurveyPlan Plan(SurveyEvent e, string? email, DateTimeOffset now, SurveyHistory? history = null, SurveyOptions? options = null) =>
        Riyadh.Planner(options).PlanInvitations([e], Events.Contacts((e, email)), history ?? SurveyHistory.Empty, now, Events.NewId);

    [Fact]
    public void PlanInvitations_TwentyFourHoursAfterResolution_SendsNowWithStoredInvitation()
    {
        var e = Events.Resolved("INQ-1", Riyadh.At(11, 22, 10));
        var now = Riyadh.At(11, 23, 10);

        var plan = Plan(e, "a@example.org", now);

        var decision = Single(plan);
        Assert.Equal((DecisionVerdict.Send, DecisionReason.Due), (decision.Verdict, decision.Reason));
        var stored = Assert.Single(plan.ToStore);
        Assert.Equal(OutboxKind.Initial, stored.Kind);
        Assert.Equal(now, stored.DueAt);
        Assert.Equal(now + TimeSpan.FromDays(14), stored.Invitation!.ExpiresAt);
        Assert.Equal(ContactKeys.For("A@Example.org "), stored.ContactKey);
    }

    [Fact]
    public void PlanInvitations_LessThanADayAfter_WaitsUntilTheDelayEnds()
    {
        var e = Events.Resolved("INQ-1", Riyadh.At(11, 22, 10));

        var decision = Single(Plan(e, "a@example.org", Riyadh.At(11, 23, 9, 59)));

        Assert.Equal((DecisionVerdict.Wait, DecisionReason.TooSoonAfterEvent), (decision.Verdict, decision.Reason));
        Assert.Equal(Riyadh.At(11, 23, 10), decision.NotBefore);
    }

    [Fact]
    public void PlanInvitations_DueOnFriday_WaitsForSundayNine()
    {
        var e = Events.Delivered("C-7", Riyadh.At(11, 26, 15));

        var decision = Single(Plan(e, "a@example.org", Riyadh.At(11, 27, 16)));

        Assert.Equal((DecisionVerdict.Wait, DecisionReason.OutsideSendingWindow), (decision.Verdict, decision.Reason));
        Assert.Equal(Riyadh.At(11, 29, 9), decision.NotBefore);
    }

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(19, 59, true)]
    [InlineData(20, 0, false)]
    public void PlanInvitations_AtTheWindowEdges_SendsOnlyInside(int hour, int minute, bool sends)
    {
        var e = Events.Resolved("INQ-1", Riyadh.At(11, 20, 8));

        var decision = Single(Plan(e, "a@example.org", Riyadh.At(11, 24, hour, minute)));

        Assert.Equal(sends, decision.Verdict == DecisionVerdict.Send);
    }

    [Fact]
    public void PlanInvitations_SubjectAlreadySurveyed_Skips()
    {
        var e = Events.Resolved("INQ-1", Riyadh.At(11, 22, 10));
        var history = SurveyHistory.Empty with { SurveyedSubjects = new HashSet<string> { e.SubjectKey } };

        var decision = Single(Plan(e, "a@example.org", Riyadh.At(11, 23, 11), history));

        Assert.Equal((DecisionVerdict.Skip, DecisionReason.AlreadySurveyed), (decision.Verdict, decision.Reason));
    }

    [Fact]
    public void PlanInvitations_SamePersonTwoEventsInOneRun_AsksOnce()
    {
        var first = Events.Resolved("INQ-1", Riyadh.At(11, 22, 10));
        var second = Events.Delivered("C-9", Riyadh.At(11, 22, 11));
        var contacts = Events.Contacts((first, "same@example.org"), (second, "SAME@example.org"));

        var plan = Riyadh.Planner().PlanInvitations([second, first], contacts, SurveyHistory.Empty, Riyadh.At(11, 23, 12), Events.NewId);

        Assert.Single(plan.ToStore);
        Assert.Equal("Inquiry/INQ-1", plan.ToStore[0].Invitation!.SubjectKind + "/" + plan.ToStore[0].Invitation!.SubjectId);
        Assert.Equal(1, plan.Count(DecisionReason.ContactSurveyedRecently));
    }

    [Fact]
    public void PlanInvitations_PersonAskedTwentyNineDaysAgo_NotAskedAgain()
    {
        var e = Events.Resolved("INQ-2", Riyadh.At(11, 22, 10));
        var now = Riyadh.At(11, 23, 10);
        var history = SurveyHistory.Empty with
        {
            LastInvitedAt = new Dictionary<string, DateTimeOffset> { [ContactKeys.For("a@example.org")] = now - TimeSpan.FromDays(29) },
        };

        var decision = Single(Plan(e, "a@example.org", now, history));

        Assert.Equal(DecisionReason.ContactSurveyedRecently, decision.Reason);
        Assert.NotEqual(DecisionVerdict.Send, decision.Verdict);
    }

    [Fact]
    public void PlanInvitations_PersonAskedThirtyDaysAgo_AskedAgain()
    {
        var e = Events.Resolved("INQ-2", Riyadh.At(11, 22, 10));
        var now = Riyadh.At(11, 23, 10);
        var history = SurveyHistory.Empty with
        {
            LastInvitedAt = new Dictionary<string, DateTimeOffset> { [ContactKeys.For("a@example.org")] = now - TimeSpan.FromDays(30) },
        };

        Assert.Equal(DecisionVerdict.Send, Single(Plan(e, "a@example.org", now, history)).Verdict);
    }

    [Fact]
    public void PlanInvitations_OptedOut_NeverAsks()
    {
        var e = Events.Resolved("INQ-3", Riyadh.At(11, 22, 10));
        var history = SurveyHistory.Empty with { OptedOut = new HashSet<string> { ContactKeys.For("a@example.org") } };

        var decision = Single(Plan(e, "a@example.org", Riyadh.At(11, 23, 10), history));

        Assert.Equal((DecisionVerdict.Skip, DecisionReason.OptedOut), (decision.Verdict, decision.Reason));
    }

    [Fact]
    public void PlanInvitations_AddressBouncedTwice_NeverAsks()
    {
        var e = Events.Resolved("INQ-3", Riyadh.At(11, 22, 10));
        var history = SurveyHistory.Empty with { Bounces = new Dictionary<string, int> { [ContactKeys.For("a@example.org")] = 2 } };

        Assert.Equal(DecisionReason.AddressBounces, Single(Plan(e, "a@example.org", Riyadh.At(11, 23, 10), history)).Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("a@localhost")]
    [InlineData("a@example.org; b@example.org")]
    [InlineData("Ali <ali@example.org>")]
    public void PlanInvitations_NoUsableEmail_SkipsAndCounts(string? email)
    {
        var e = Events.Resolved("INQ-4", Riyadh.At(11, 22, 10));

        var plan = Plan(e, email, Riyadh.At(11, 23, 10));

        Assert.Equal(1, plan.Count(DecisionReason.NoUsableEmail));
        Assert.Empty(plan.ToStore);
    }

    [Fact]
    public void PlanInvitations_EventOlderThanTheAgeLimit_SkipsTheBacklog()
    {
        var e = Events.Resolved("INQ-5", Riyadh.At(11, 1, 10));

        Assert.Equal(DecisionReason.EventTooOld, Single(Plan(e, "a@example.org", Riyadh.At(11, 23, 10))).Reason);
    }

    [Fact]
    public void PlanReminders_ThreeDaysAfterSending_RemindsOnce()
    {
        var key = ContactKeys.For("a@example.org");
        var sent = Riyadh.At(11, 22, 10);
        var candidate = new ReminderCandidate("S1", key, sent, sent + TimeSpan.FromDays(14));
        var planner = Riyadh.Planner();

        var early = planner.PlanReminders([candidate], SurveyHistory.Empty, Riyadh.At(11, 25, 9, 59));
        var due = planner.PlanReminders([candidate], SurveyHistory.Empty, Riyadh.At(11, 25, 10));

        Assert.Equal(DecisionReason.ReminderNotDue, Assert.Single(early.Decisions).Reason);
        var reminder = Assert.Single(due.ToStore);
        Assert.Equal((OutboxKind.Reminder, "S1"), (reminder.Kind, reminder.InvitationId));
        Assert.Null(reminder.Invitation);
    }

    [Fact]
    public void PlanReminders_OptedOutOrExpired_Skips()
    {
        var key = ContactKeys.For("a@example.org");
        var sent = Riyadh.At(11, 1, 10);
        var history = SurveyHistory.Empty with { OptedOut = new HashSet<string> { key } };
        var planner = Riyadh.Planner();

        var optedOut = planner.PlanReminders([new ReminderCandidate("S1", key, Riyadh.At(11, 20, 10), Riyadh.At(12, 4, 10))], history, Riyadh.At(11, 24, 10));
        var expired = planner.PlanReminders([new ReminderCandidate("S2", key, sent, sent + TimeSpan.FromDays(14))], SurveyHistory.Empty, Riyadh.At(11, 24, 10));

        Assert.Equal(DecisionReason.OptedOut, Assert.Single(optedOut.Decisions).Reason);
        Assert.Equal(DecisionReason.Expired, Assert.Single(expired.Decisions).Reason);
        Assert.Empty(optedOut.ToStore);
        Assert.Empty(expired.ToStore);
    }

    [Fact]
    public void SurveyEvents_From_FindsResolvedDeliveredAndRejected()
    {
        var records = new Tarmeem.Core.Domain.ServiceRecords
        {
            Inquiries =
            [
                new() { Id = "I1", Channel = Tarmeem.Core.Domain.Channel.Phone, Branch = Tarmeem.Core.Domain.Branch.Makkah, Resolved = Riyadh.At(11, 20, 10) },
                new() { Id = "I2", Channel = Tarmeem.Core.Domain.Channel.Phone, Branch = Tarmeem.Core.Domain.Branch.Makkah },
            ],
            Cases =
            [
                new() { CaseNumber = "C1", Channel = Tarmeem.Core.Domain.Channel.InPerson, Branch = Tarmeem.Core.Domain.Branch.Taif, ServiceDelivered = Riyadh.At(11, 20, 11) },
                new() { CaseNumber = "C2", Channel = Tarmeem.Core.Domain.Channel.InPerson, Branch = Tarmeem.Core.Domain.Branch.Taif, Decision = Tarmeem.Core.Domain.CaseDecision.Rejected, DecisionAt = Riyadh.At(11, 20, 12) },
                new() { CaseNumber = "C3", Channel = Tarmeem.Core.Domain.Channel.InPerson, Branch = Tarmeem.Core.Domain.Branch.Taif, Decision = Tarmeem.Core.Domain.CaseDecision.Accepted, DecisionAt = Riyadh.At(11, 20, 12) },
            ],
        };

        var all = SurveyEvents.From(records, includeRejectedCases: true);
        var withoutRejected = SurveyEvents.From(records, includeRejectedCases: false);

        Assert.Equal(["Inquiry/I1:InquiryResolved", "Case/C1:CaseDelivered", "Case/C2:CaseRejected"], all.Select(e => e.SubjectKey + ":" + e.Kind));
        Assert.Equal(2, withoutRejected.Count);
    }
}
