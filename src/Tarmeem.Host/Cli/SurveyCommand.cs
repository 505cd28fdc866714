using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Email;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Planning;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem survey plan|send|status</c>: who would be asked and why; ask them; where things stand.</summary>
public static class SurveyCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("survey", "Satisfaction surveys by e-mail: plan (who would be asked now, and why), send, status.");
        command.Subcommands.Add(Plan(context));
        command.Subcommands.Add(Send(context));
        command.Subcommands.Add(Status(context));
        return command;
    }

    private static Command Plan(CliContext context)
    {
        var command = new Command("plan", "Show who would be asked now and why, and who not and why. Stores and sends nothing.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            await using var stores = await SurveyStores.OpenAsync(host.Services, cancellationToken);
            var (invitations, reminders) = await Planning(host.Services, stores).PreviewAsync(cancellationToken);
            var calendar = host.Services.GetRequiredService<BusinessCalendar>();
            Print(console.Out, "Invitations", invitations, calendar);
            Print(console.Out, "Reminders", reminders, calendar);
        }));
        return command;
    }

    private static Command Send(CliContext context)
    {
        var command = new Command("send", "Store the decisions due now, send them (paced, effectively once), and count e-mail replies and bounces.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var services = host.Services;
            var options = services.GetRequiredService<IOptions<SurveyOptions>>().Value;
            RequireSending(options);
            var time = services.GetRequiredService<TimeProvider>();
            await using var stores = await SurveyStores.OpenAsync(services, cancellationToken);
            var (invitations, reminders, stored) = await Planning(services, stores).PlanAndStoreAsync(cancellationToken);
            console.Out.WriteLine(Line($"Decided: {invitations.ToStore.Count} invitations and {reminders.ToStore.Count} reminders ({stored} new outbox rows)."));

            var window = services.GetRequiredService<SendWindow>();
            var mailbox = services.GetRequiredService<ISurveyMailbox>();
            var composer = new SurveyEmailComposer(services.GetRequiredService<SurveyTemplates>(), new SurveyLinks(options.PublicBaseUrl), services.GetRequiredService<BusinessCalendar>());
            var sender = new SurveySender(
                stores.Surveys, mailbox, composer, window, new SendPacer(SendPacer.IntervalFor(options, window.DailyLength), time), options, time,
                services.GetRequiredService<ILoggerFactory>().CreateLogger<SurveySender>());
            var sent = await sender.SendDueAsync(int.MaxValue, cancellationToken);
            console.Out.WriteLine(Line($"Sent: {sent.Sent}, found already sent: {sent.Recovered}, cancelled: {sent.Cancelled}, postponed: {sent.Postponed}{(sent.StopReason is null ? "" : "; stopped: " + sent.StopReason)}."));

            var replies = await new ReplyProcessor(stores.Surveys, mailbox, options, time)
                .ProcessInboxAsync(time.GetUtcNow() - options.InvitationLifetime - TimeSpan.FromDays(1), cancellationToken);
            console.Out.WriteLine(Line($"Replies: {replies.Answers} answers, {replies.AlreadyAnswered} already answered, {replies.AutoReplies} automatic, {replies.Bounces} bounces ({replies.AddressesStopped} addresses stopped), {replies.NoRating} without a rating, {replies.Unmatched} unmatched, {replies.SeenBefore} seen before."));

            var purged = await stores.Surveys.PurgeContactsAsync(time.GetUtcNow() - options.ContactRetention, cancellationToken);
            console.Out.WriteLine(Line($"Retention: {purged} contacts removed."));
        }));
        return command;
    }

    private static Command Status(CliContext context)
    {
        var command = new Command("status", "Counts of invitations, outbox messages, answers, opt-outs and bounces. Nothing personal.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            await using var stores = await SurveyStores.OpenAsync(host.Services, cancellationToken);
            var counts = await stores.Surveys.CountStatusAsync(cancellationToken);
            PrintCounts(console.Out, "Invitations", counts.InvitationsByStatus);
            PrintCounts(console.Out, "Outbox", counts.OutboxByKindAndState);
            PrintCounts(console.Out, "Responses", counts.ResponsesBySource);
            console.Out.WriteLine(Line($"Contacts: {counts.Contacts} ({counts.ContactsWithoutAddress} without an address); opted out: {counts.OptedOut}; addresses with bounces: {counts.BouncedContacts}; link tokens: {counts.Tokens}."));
        }));
        return command;
    }

    private static SurveyPlanningService Planning(IServiceProvider services, SurveyStores stores) => new(
        stores.Records, stores.Surveys, services.GetRequiredService<SurveyPlanner>(),
        services.GetRequiredService<IOptions<SurveyOptions>>().Value, services.GetRequiredService<TimeProvider>());

    private static void RequireSending(SurveyOptions options)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Mailbox))
        {
            missing.Add($"{SurveyOptions.Section}:Mailbox (the mailbox that sends surveys, e.g. relations@tarmeem.org.sa)");
        }

        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            missing.Add($"{SurveyOptions.Section}:PublicBaseUrl (the survey page's https root)");
        }

        if (missing.Count > 0)
        {
            throw new CommandInputException("survey send needs " + string.Join(" and ", missing) + ": set them in the file given with --config.");
        }
    }

    private static void Print(TextWriter output, string title, SurveyPlan plan, BusinessCalendar calendar)
    {
        output.WriteLine(Line($"{title}: {plan.Decisions.Count(d => d.Verdict == DecisionVerdict.Send)} now, {plan.Decisions.Count(d => d.Verdict == DecisionVerdict.Wait)} later, {plan.Decisions.Count(d => d.Verdict == DecisionVerdict.Skip)} never."));
        foreach (var decision in plan.Decisions.Where(d => d.Verdict != DecisionVerdict.Skip))
        {
            var when = decision.NotBefore is { } at ? calendar.LocalDateTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " Riyadh" : "";
            output.WriteLine(Line($"  {decision.Verdict,-5} {decision.Subject,-40} {decision.Reason,-26} {when}"));
        }

        foreach (var (reason, count) in plan.Tally())
        {
            output.WriteLine(Line($"  {reason,-26} {count,6}"));
        }
    }

    private static void PrintCounts(TextWriter output, string title, IReadOnlyDictionary<string, int> counts)
    {
        output.WriteLine(Line($"{title}: {counts.Values.Sum()}"));
        foreach (var (name, count) in counts)
        {
            output.WriteLine(Line($"  {name,-22} {count,6}"));
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The record store and the survey tables over it, opened for one command.</summary>
    private sealed class SurveyStores : IAsyncDisposable
    {
        private SurveyStores(SqliteServiceRecordStore records)
        {
            Records = records;
            Surveys = new SqliteSurveyStore(records);
        }

        public SqliteServiceRecordStore Records { get; }

        public SqliteSurveyStore Surveys { get; }

        public static async Task<SurveyStores> OpenAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            var settings = services.GetRequiredService<IOptions<TarmeemOptions>>().Value;
            var records = await SqliteServiceRecordStore.OpenAsync(
                new StoreOptions { DataDirectory = settings.Data.Directory }, services.GetRequiredService<TimeProvider>(), cancellationToken);
            return new SurveyStores(records);
        }

        public async ValueTask DisposeAsync()
        {
            await Surveys.DisposeAsync();
            await Records.DisposeAsync();
        }
    }
}
