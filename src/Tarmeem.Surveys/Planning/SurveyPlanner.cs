using Tarmeem.Core.Domain;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Surveys.Planning;

/// <summary>
/// The survey rules as a pure function of (events, contacts, history, now): who is asked now, who later, who never,
/// and why. Nothing here reads a clock, the store or the network, so the rules can be tested over any stream of events.
/// </summary>
public sealed class SurveyPlanner(SurveyOptions options, SendWindow window)
{
    /// <summary>Decides invitations. <paramref name="newInvitationId"/> names each new invitation (random in production).</summary>
    public SurveyPlan PlanInvitations(
        IReadOnlyList<SurveyEvent> events,
        IReadOnlyDictionary<string, SurveyContact> contacts,
        SurveyHistory history,
        DateTimeOffset now,
        Func<string> newInvitationId)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(newInvitationId);
        var decisions = new List<SurveyDecision>(events.Count);
        var toStore = new List<PlannedMessage>();
        var surveyedNow = new HashSet<string>(StringComparer.Ordinal);
        var invitedNow = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var windowOpen = window.IsOpen(now);

        foreach (var item in events.OrderBy(e => e.OccurredAt).ThenBy(e => e.SubjectKey, StringComparer.Ordinal))
        {
            var decision = Decide(item, contacts, history, now, windowOpen, surveyedNow, invitedNow);
            decisions.Add(decision);
            if (decision.Verdict != DecisionVerdict.Send)
            {
                continue;
            }

            var invitation = new SurveyInvitation
            {
                Id = newInvitationId(),
                SubjectKind = item.SubjectKind,
                SubjectId = item.SubjectId,
                Channel = item.Channel,
                Branch = item.Branch,
                CreatedAt = now,
                ExpiresAt = now + options.InvitationLifetime,
                Status = InvitationStatus.Pending,
            };
            toStore.Add(new PlannedMessage(invitation.Id, OutboxKind.Initial, decision.ContactKey!, now, invitation));
            surveyedNow.Add(item.SubjectKey);
            invitedNow[decision.ContactKey!] = now;
        }

        return new SurveyPlan(decisions, toStore);
    }

    /// <summary>Decides the one reminder each unanswered invitation may get.</summary>
    public SurveyPlan PlanReminders(IReadOnlyList<ReminderCandidate> candidates, SurveyHistory history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(history);
        var decisions = new List<SurveyDecision>(candidates.Count);
        var toStore = new List<PlannedMessage>();
        foreach (var candidate in candidates)
        {
            var due = candidate.SentAt + options.ReminderAfter;
            var (verdict, reason, notBefore) =
                now >= candidate.ExpiresAt ? (DecisionVerdict.Skip, DecisionReason.Expired, (DateTimeOffset?)null)
                : history.OptedOut.Contains(candidate.ContactKey) ? (DecisionVerdict.Skip, DecisionReason.OptedOut, null)
                : Bounces(history, candidate.ContactKey) >= options.BounceLimit ? (DecisionVerdict.Skip, DecisionReason.AddressBounces, null)
                : now < due ? (DecisionVerdict.Wait, DecisionReason.ReminderNotDue, window.NextOpening(due))
                : !window.IsOpen(now) ? (DecisionVerdict.Wait, DecisionReason.OutsideSendingWindow, window.NextOpening(now))
                : (DecisionVerdict.Send, DecisionReason.Due, now);
            decisions.Add(new SurveyDecision(candidate.InvitationId, verdict, reason, notBefore, candidate.ContactKey));
            if (verdict == DecisionVerdict.Send)
            {
                toStore.Add(new PlannedMessage(candidate.InvitationId, OutboxKind.Reminder, candidate.ContactKey, now, null));
            }
        }

        return new SurveyPlan(decisions, toStore);
    }

    private SurveyDecision Decide(
        SurveyEvent item,
        IReadOnlyDictionary<string, SurveyContact> contacts,
        SurveyHistory history,
        DateTimeOffset now,
        bool windowOpen,
        HashSet<string> surveyedNow,
        Dictionary<string, DateTimeOffset> invitedNow)
    {
        var subject = item.SubjectKey;
        if (history.SurveyedSubjects.Contains(subject) || surveyedNow.Contains(subject))
        {
            return new(subject, DecisionVerdict.Skip, DecisionReason.AlreadySurveyed, null, null);
        }

        var earliest = item.OccurredAt + options.DelayAfterEvent;
        if (now - earliest > options.MaxEventAge)
        {
            return new(subject, DecisionVerdict.Skip, DecisionReason.EventTooOld, null, null);
        }

        if (!contacts.TryGetValue(subject, out var contact) || !EmailAddressCheck.IsUsable(contact.EmailAddress))
        {
            return new(subject, DecisionVerdict.Skip, DecisionReason.NoUsableEmail, null, null);
        }

        var key = ContactKeys.For(contact.EmailAddress!);
        if (history.OptedOut.Contains(key))
        {
            return new(subject, DecisionVerdict.Skip, DecisionReason.OptedOut, null, key);
        }

        if (Bounces(history, key) >= options.BounceLimit)
        {
            return new(subject, DecisionVerdict.Skip, DecisionReason.AddressBounces, null, key);
        }

        if (now < earliest)
        {
            return new(subject, DecisionVerdict.Wait, DecisionReason.TooSoonAfterEvent, window.NextOpening(earliest), key);
        }

        if (LastInvited(history, invitedNow, key) is { } last && now < last + options.PerContactInterval)
        {
            var free = last + options.PerContactInterval;
            return free - earliest <= options.MaxEventAge
                ? new(subject, DecisionVerdict.Wait, DecisionReason.ContactSurveyedRecently, window.NextOpening(free), key)
                : new(subject, DecisionVerdict.Skip, DecisionReason.ContactSurveyedRecently, null, key);
        }

        return windowOpen
            ? new(subject, DecisionVerdict.Send, DecisionReason.Due, now, key)
            : new(subject, DecisionVerdict.Wait, DecisionReason.OutsideSendingWindow, window.NextOpening(now), key);
    }

    private static DateTimeOffset? LastInvited(SurveyHistory history, Dictionary<string, DateTimeOffset> invitedNow, string key)
    {
        DateTimeOffset? last = history.LastInvitedAt.TryGetValue(key, out var stored) ? stored : null;
        if (invitedNow.TryGetValue(key, out var now) && (last is null || now > last))
        {
            last = now;
        }

        return last;
    }

    private static int Bounces(SurveyHistory history, string key) => history.Bounces.TryGetValue(key, out var count) ? count : 0;
}
