using Tarmeem.Store.Records;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Surveys.Planning;

/// <summary>Runs the planner over the store: reads events, contacts and history; stores only when asked.</summary>
public sealed class SurveyPlanningService(IServiceRecordStore records, ISurveyStore surveys, SurveyPlanner planner, SurveyOptions options, TimeProvider time)
{
    /// <summary>Decides invitations and reminders as of now, without storing anything.</summary>
    public async Task<(SurveyPlan Invitations, SurveyPlan Reminders)> PreviewAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Events older than the age limit are skipped anyway; a day more keeps the boundary inside the read.
        var from = now - options.MaxEventAge - options.DelayAfterEvent - TimeSpan.FromDays(1);
        var window = await records.ReadAsync(from, now, cancellationToken);
        var events = SurveyEvents.From(window, options.SurveyRejectedCases).Where(e => e.OccurredAt >= from).ToList();
        var contacts = await surveys.ReadContactsAsync(cancellationToken);
        var history = await surveys.ReadHistoryAsync(cancellationToken);
        var invitations = planner.PlanInvitations(events, contacts, history, now, () => SurveyIds.New(now));
        var reminders = planner.PlanReminders(await surveys.ReadReminderCandidatesAsync(now, cancellationToken), history, now);
        return (invitations, reminders);
    }

    /// <summary>Decides and stores; returns the plans and how many outbox rows were added.</summary>
    public async Task<(SurveyPlan Invitations, SurveyPlan Reminders, int Stored)> PlanAndStoreAsync(CancellationToken cancellationToken)
    {
        var (invitations, reminders) = await PreviewAsync(cancellationToken);
        var stored = await surveys.CommitPlanAsync([.. invitations.ToStore, .. reminders.ToStore], time.GetUtcNow(), cancellationToken);
        return (invitations, reminders, stored);
    }
}
