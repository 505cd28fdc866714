using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Surveys;

/// <summary>
/// One survey round, as <c>tarmeem survey send</c> and the scheduler's dispatch job run it: store the decisions due now
/// (before anything is sent, so a crash forgets nothing), send them paced and effectively once, then read the replies.
/// The mailbox, templates and links are resolved only when a round runs, so an unconfigured service still starts.
/// </summary>
internal sealed class SurveyRound(
    IServiceProvider services, IOptions<SurveyOptions> options, TimeProvider time, ILoggerFactory loggers)
    : ISurveyDispatcher
{
    /// <summary>The settings a round needs besides the defaults, each with the key to set; empty when it can run.</summary>
    public IReadOnlyList<string> MissingSettings()
    {
        var survey = options.Value;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(survey.Mailbox))
        {
            missing.Add($"{SurveyOptions.Section}:Mailbox (the mailbox that sends surveys, e.g. relations@tarmeem.org.sa)");
        }

        if (string.IsNullOrWhiteSpace(survey.PublicBaseUrl))
        {
            missing.Add($"{SurveyOptions.Section}:PublicBaseUrl (the survey page's https root)");
        }

        return missing;
    }

    public async Task<SurveyRoundResult> RunAsync(CancellationToken cancellationToken)
    {
        var survey = options.Value;
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var window = services.GetRequiredService<SendWindow>();
        var mailbox = services.GetRequiredService<ISurveyMailbox>();
        await using var session = await services.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, cancellationToken);
        var (records, store) = (session.Records, session.Surveys);

        var planning = new SurveyPlanningService(records, store, services.GetRequiredService<SurveyPlanner>(), survey, time);
        var (invitations, reminders, stored) = await planning.PlanAndStoreAsync(cancellationToken);

        var composer = new SurveyEmailComposer(services.GetRequiredService<SurveyTemplates>(), new SurveyLinks(survey.PublicBaseUrl), calendar);
        var pacer = new SendPacer(SendPacer.IntervalFor(survey, window.DailyLength), time);
        var sender = new SurveySender(store, mailbox, composer, window, pacer, survey, time, loggers.CreateLogger<SurveySender>());
        var sent = await sender.SendDueAsync(int.MaxValue, cancellationToken);

        // Replies can arrive until an invitation expires; a day more covers mail delayed in transit.
        var replies = await new ReplyProcessor(store, mailbox, survey, time)
            .ProcessInboxAsync(time.GetUtcNow() - survey.InvitationLifetime - TimeSpan.FromDays(1), cancellationToken);

        return new SurveyRoundResult(invitations.ToStore.Count, reminders.ToStore.Count, stored, sent, replies);
    }

    public async Task<JobResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var missing = MissingSettings();
        if (missing.Count > 0)
        {
            return JobResult.Skipped("Surveys are not sent: set " + string.Join(" and ", missing) + ".");
        }

        return JobResult.Done((await RunAsync(cancellationToken)).Summary());
    }
}
