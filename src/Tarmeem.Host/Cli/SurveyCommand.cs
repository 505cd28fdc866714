using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Core.Time;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Surveys;
using Tarmeem.Store.Jobs;
using Tarmeem.Surveys;
using Tarmeem.Surveys.Planning;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem survey plan|send|status</c>: who would be asked and why; ask them; where things stand.</summary>
internal static class SurveyCommand
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
            await using var stores = await host.Services.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, cancellationToken);
            var (invitations, reminders) = await Planning(host.Services, stores).PreviewAsync(cancellationToken);
            var calendar = host.Services.GetRequiredService<BusinessCalendar>();
            Print(console.Out, "Invitations", invitations, calendar);
            Print(console.Out, "Reminders", reminders, calendar);
        }));
        return command;
    }

    private static Command Send(CliContext context)
    {
        var command = new Command("send", "Store the decisions due now, send them (paced, effectively once), and count e-mail replies and bounces. Contacts are removed by the daily retention job of serve (Tarmeem:Retention:Contacts).");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var round = host.Services.GetRequiredService<SurveyRound>();
            if (round.MissingSettings() is { Count: > 0 } missing)
            {
                throw new CommandInputException("survey send needs " + string.Join(" and ", missing) + ": set them in the file given with --config.");
            }

            await using var held = await host.Services.GetRequiredService<IJobLock>().AcquireForHandRunAsync(JobLocks.SurveySend, cancellationToken);
            var result = await round.RunAsync(cancellationToken);
            var (sent, replies) = (result.Sent, result.Replies);
            console.Out.WriteLine(Line($"Decided: {result.InvitationsDecided} invitations and {result.RemindersDecided} reminders ({result.OutboxRowsStored} new outbox rows)."));
            console.Out.WriteLine(Line($"Sent: {sent.Sent}, found already sent: {sent.Recovered}, cancelled: {sent.Cancelled}, postponed: {sent.Postponed}{(sent.StopReason is null ? "" : "; stopped: " + sent.StopReason)}."));
            console.Out.WriteLine(Line($"Replies: {replies.Answers} answers, {replies.AlreadyAnswered} already answered, {replies.AutoReplies} automatic, {replies.Bounces} bounces ({replies.AddressesStopped} addresses stopped), {replies.NoRating} without a rating, {replies.Unmatched} unmatched, {replies.SeenBefore} seen before."));
        }));
        return command;
    }

    private static Command Status(CliContext context)
    {
        var command = new Command("status", "Counts of invitations, outbox messages, answers, opt-outs and bounces. Nothing personal.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            await using var stores = await host.Services.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, cancellationToken);
            var counts = await stores.Surveys.CountStatusAsync(cancellationToken);
            PrintCounts(console.Out, "Invitations", counts.InvitationsByStatus);
            PrintCounts(console.Out, "Outbox", counts.OutboxByKindAndState);
            PrintCounts(console.Out, "Responses", counts.ResponsesBySource);
            console.Out.WriteLine(Line($"Contacts: {counts.Contacts} ({counts.ContactsWithoutAddress} without an address); opted out: {counts.OptedOut}; addresses with bounces: {counts.BouncedContacts}; link tokens: {counts.Tokens}."));
        }));
        return command;
    }

    private static SurveyPlanningService Planning(IServiceProvider services, StoreSession stores) => new(
        stores.Records, stores.Surveys, services.GetRequiredService<SurveyPlanner>(),
        services.GetRequiredService<IOptions<SurveyOptions>>().Value, services.GetRequiredService<TimeProvider>());

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
}
