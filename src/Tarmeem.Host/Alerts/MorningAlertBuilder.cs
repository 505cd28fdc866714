using Tarmeem.Core.Domain;
using Tarmeem.Core.Time;
using Tarmeem.Store.Records;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// Works out a branch's alert from plain records: the same rules at "now" and at the same time on the previous
/// business day, so the change since yesterday needs no stored history. Only what a step's time says is used; a case
/// whose decision is known without a date counts as decided.
/// </summary>
internal sealed class MorningAlertBuilder(BusinessCalendar calendar, int thresholdDays, int standardDays, TimeSpan firstResponseTarget)
{
    /// <summary>The steps up to the decision the standard measures, in order; the researcher referral is optional and never waited on.</summary>
    private static readonly CaseStep[] StepsToDecision = [CaseStep.DataVerified, CaseStep.Attested, CaseStep.SubmittedToCommittee, CaseStep.Decision];

    /// <summary>The same local time on the previous business day (Sunday looks back to Thursday).</summary>
    public DateTimeOffset PreviousBusinessMorning(DateTimeOffset now)
    {
        var date = calendar.LocalDate(now);
        var previous = date.AddDays(-1);
        while (!calendar.IsBusinessDay(previous) && date.DayNumber - previous.DayNumber < 60)
        {
            previous = previous.AddDays(-1);
        }

        return now.AddDays(previous.DayNumber - date.DayNumber);
    }

    public BranchAlert Build(
        Branch branch, DateTimeOffset now, IReadOnlyList<SupportCase> cases, IReadOnlyList<Inquiry> inquiries, IReadOnlyDictionary<string, Uri> links)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(inquiries);
        ArgumentNullException.ThrowIfNull(links);
        var ours = cases.Where(c => c.Branch == branch).ToArray();
        var mailed = inquiries.Where(i => i.Branch == branch && MailedInquiries.IsMailed(i.Id)).ToArray();
        var listed = Listed(ours, now, links);
        var yesterday = PreviousBusinessMorning(now);
        var before = Listed(ours, yesterday, links);
        return new BranchAlert(
            branch,
            calendar.LocalDate(now),
            thresholdDays,
            standardDays,
            [.. listed.Where(c => c.Day <= standardDays)],
            [.. listed.Where(c => c.Day > standardDays)],
            Unanswered(mailed, now),
            firstResponseTarget,
            new AlertCounts(before.Count(c => c.Day <= standardDays), before.Count(c => c.Day > standardDays), Unanswered(mailed, yesterday)));
    }

    private List<AlertCase> Listed(IEnumerable<SupportCase> cases, DateTimeOffset at, IReadOnlyDictionary<string, Uri> links)
    {
        var today = calendar.LocalDate(at);
        var found = new List<AlertCase>();
        foreach (var c in cases)
        {
            if (c.Received is not { } received || received > at || !Undecided(c, at) || c.ServiceDelivered <= at)
            {
                continue;
            }

            var day = today.DayNumber - calendar.LocalDate(received).DayNumber;
            if (day < thresholdDays)
            {
                continue;
            }

            var waiting = StepsToDecision.First(s => c.TimeOf(s) is not { } t || t > at);
            found.Add(new AlertCase(c.CaseNumber, waiting, day, received, links.GetValueOrDefault(c.CaseNumber)));
        }

        found.Sort((a, b) => a.Received != b.Received ? a.Received.CompareTo(b.Received) : string.CompareOrdinal(a.CaseNumber, b.CaseNumber));
        return found;
    }

    private static bool Undecided(SupportCase c, DateTimeOffset at) =>
        c.DecisionAt is { } decided ? decided > at : c.Decision == CaseDecision.Pending;

    private int Unanswered(IEnumerable<Inquiry> mailed, DateTimeOffset at) => mailed.Count(i =>
        i.Received is { } received && received + firstResponseTarget <= at
        && (i.FirstResponse is null || i.FirstResponse > at)
        && (i.Resolved is null || i.Resolved > at));
}
