using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Tests.Support;

namespace Tarmeem.Surveys.Tests.Planning;

/// <summary>
/// The rules over long random streams: events for a small population (so people come back often), opt-outs at random
/// moments, answers, and planning runs at random intervals around the clock. History is kept the way the store keeps
/// it. The invariants are checked against an independent reading of the calendar, not against SendWindow.
/// </summary>
public sealed class RandomizedPlannerTests
{
    private static readonly DateTimeOffset Start = Riyadh.At(9, 1, 0);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    [InlineData(31337)]
    public void PlanRuns_RandomStream_NeverTwiceInCapNeverOutsideWindowNeverAfterOptOut(int seed)
    {
        var random = new Random(seed);
        var options = Riyadh.Options();
        var planner = Riyadh.Planner(options);
        var people = Enumerable.Range(0, 40).Select(i => random.NextDouble() < 0.1 ? (i % 2 == 0 ? null : "broken@@address") : $"person{i}@example.org").ToArray();
        var optOutAt = people.Select(_ => random.NextDouble() < 0.25 ? Start + TimeSpan.FromDays(random.Next(5, 110)) + TimeSpan.FromMinutes(random.Next(1440)) : (DateTimeOffset?)null).ToArray();

        var events = new List<SurveyEvent>();
        var contacts = new Dictionary<string, SurveyContact>(StringComparer.Ordinal);
        var personOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 900; i++)
        {
            var at = Start + TimeSpan.FromMinutes(random.Next(0, 120 * 1440));
            var person = random.Next(people.Length);
            var e = random.Next(3) == 0 ? Events.Delivered("C-" + i, at) : Events.Resolved("I-" + i, at);
            events.Add(e);
            contacts[e.SubjectKey] = new SurveyContact(e.SubjectKind, e.SubjectId, people[person]);
            personOf[e.SubjectKey] = person;
        }

        var surveyed = new HashSet<string>(StringComparer.Ordinal);
        var lastInvited = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var optedOut = new HashSet<string>(StringComparer.Ordinal);
        var invitations = new List<(int Person, string Subject, DateTimeOffset At, DateTimeOffset EventAt)>();
        var reminders = new List<(int Person, DateTimeOffset At)>();
        var open = new List<ReminderCandidate>();
        var personOfContact = people.Select((p, i) => (p, i)).Where(x => EmailAddressCheck.IsUsable(x.p)).ToDictionary(x => ContactKeys.For(x.p!), x => x.i);
        var noEmail = 0;

        for (var now = Start; now < Start + TimeSpan.FromDays(125); now += TimeSpan.FromMinutes(random.Next(10, 180)))
        {
            for (var p = 0; p < people.Length; p++)
            {
                if (optOutAt[p] is { } at && at <= now && EmailAddressCheck.IsUsable(people[p]))
                {
                    optedOut.Add(ContactKeys.For(people[p]!));
                }
            }

            var history = new SurveyHistory(surveyed, lastInvited, optedOut, new Dictionary<string, int>());
            var known = events.Where(e => e.OccurredAt <= now).ToList();
            var plan = planner.PlanInvitations(known, contacts, history, now, Events.NewId);
            noEmail += plan.Count(DecisionReason.NoUsableEmail);
            foreach (var message in plan.ToStore)
            {
                var invitation = message.Invitation!;
                var subject = SurveyHistory.SubjectKey(invitation.SubjectKind, invitation.SubjectId);
                surveyed.Add(subject);
                lastInvited[message.ContactKey] = message.DueAt;
                invitations.Add((personOf[subject], subject, message.DueAt, known.Single(e => e.SubjectKey == subject).OccurredAt));
                if (random.NextDouble() < 0.6)
                {
                    open.Add(new ReminderCandidate(invitation.Id, message.ContactKey, message.DueAt, invitation.ExpiresAt));
                }
            }

            var due = planner.PlanReminders(open, history, now);
            foreach (var reminder in due.ToStore)
            {
                reminders.Add((personOfContact[reminder.ContactKey], reminder.DueAt));
                open.RemoveAll(c => c.InvitationId == reminder.InvitationId);
            }

            open.RemoveAll(c => c.ExpiresAt <= now);
        }

        Assert.True(invitations.Count > 50, $"only {invitations.Count} invitations: the stream exercises too little");
        Assert.True(reminders.Count > 10, $"only {reminders.Count} reminders");
        Assert.True(noEmail > 0, "people without a usable address must be counted");
        Assert.Equal(invitations.Count, invitations.Select(i => i.Subject).Distinct().Count());
        foreach (var group in invitations.GroupBy(i => i.Person))
        {
            var times = group.Select(i => i.At).Order().ToList();
            for (var i = 1; i < times.Count; i++)
            {
                Assert.True(times[i] - times[i - 1] >= TimeSpan.FromDays(30), $"person {group.Key} asked at {times[i - 1]:O} and again at {times[i]:O}");
            }
        }

        foreach (var (person, subject, at, eventAt) in invitations)
        {
            Assert.True(InWindow(at), $"{subject} sent at {at:O}, outside Sunday–Thursday 09:00–20:00 Riyadh");
            Assert.True(at - eventAt >= TimeSpan.FromHours(24), $"{subject} sent {at - eventAt} after its event");
            Assert.True(EmailAddressCheck.IsUsable(people[person]));
            Assert.False(optOutAt[person] is { } stop && at >= stop, $"{subject} sent at {at:O} after its person opted out at {optOutAt[person]:O}");
        }

        foreach (var (person, at) in reminders)
        {
            Assert.True(InWindow(at), $"reminder at {at:O} outside the window");
            Assert.False(optOutAt[person] is { } stop && at >= stop, $"reminder at {at:O} after opt-out at {optOutAt[person]:O}");
        }
    }

    /// <summary>Independent of SendWindow: UTC+3 arithmetic by hand.</summary>
    private static bool InWindow(DateTimeOffset instant)
    {
        var local = instant.UtcDateTime.AddHours(3);
        return local.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday) && local.Hour >= 9 && local.Hour < 20;
    }
}
