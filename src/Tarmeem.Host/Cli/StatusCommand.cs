using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Store;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Cluster;
using Tarmeem.Reporting.Planning;
using Tarmeem.Store.Delivery;
using Tarmeem.Store.Jobs;
using Tarmeem.Store.Review;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem status</c>: what the unattended service did and will do — per job its schedule, last run and outcome,
/// counts, next run and any error with what to do; deliveries begun and unfinished; reports due and whether the
/// schedule will still deliver them; recent deliveries. Reads only.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command(
            "status",
            "Show each scheduled job's last and next run, last outcome, counts and errors, the reports due but not delivered, and recent deliveries. Changes nothing.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            var services = host.Services;
            var schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
            var placement = SchedulerStore.From(services.GetRequiredService<IOptions<TarmeemOptions>>().Value.Data, schedule);
            var stored = await QuartzTriggerReader.ReadAsync(placement, cancellationToken);
            var nodes = placement.Clustered
                ? await ClusterStateReader.NodesAsync(placement.ConnectionString!, schedule.Cluster.CheckinMisfireThreshold, now, cancellationToken)
                : null;

            await using var store = await services.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, cancellationToken);
            var runs = (await store.JobRuns.SummariesAsync(cancellationToken)).ToDictionary(r => r.Job, StringComparer.Ordinal);
            var output = console.Out;
            var where = placement.Clustered ? $"the PostgreSQL schema {QuartzSchema.Name}, clustered" : placement.SqlitePath;
            output.WriteLine(stored is null
                ? $"The service has not run yet (nothing in {where}): next runs below are computed from the settings."
                : $"Scheduler store: {where}");
            output.WriteLine($"Times in {zone.Id}.");
            PrintNodes(output, nodes, zone);
            foreach (var job in TarmeemJobs.All)
            {
                var cron = job.Cron(schedule);
                output.WriteLine();
                output.WriteLine($"{job.Name} — {job.Description}");
                if (string.IsNullOrWhiteSpace(cron))
                {
                    output.WriteLine($"  switched off (Tarmeem:Schedule:{job.OptionKey} is empty)");
                    continue;
                }

                var next = stored?.GetValueOrDefault(job.Name)?.NextFireTime ?? new CronExpression(cron, zone).GetNextValidTimeAfter(now);
                output.WriteLine($"  schedule: {cron}   next run: {Local(next, zone)}");
                if (!runs.TryGetValue(job.Name, out var summary))
                {
                    output.WriteLine("  never ran");
                    continue;
                }

                var last = summary.Last;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  last run: {Local(last.StartedAt, zone)}{(last.Node is null ? "" : " on node " + last.Node)} — {last.Outcome}; succeeded {summary.Succeeded}, skipped {summary.Skipped}, failed {summary.Failed}; last success: {Local(summary.LastSucceededAt, zone)}"));
                if (last.Message is { Length: > 0 } message)
                {
                    output.WriteLine($"  {(last.Outcome == JobOutcome.Failed ? "ERROR" : "note")}: {message}");
                }

                if (last.Outcome == JobOutcome.Failed)
                {
                    output.WriteLine("  what to do: fix what the error names (settings: restart the service after editing), then wait for the next run or run the same work by hand (tarmeem sync / tarmeem report).");
                }
                else if (last.Outcome == JobOutcome.Running)
                {
                    if (nodes?.FirstOrDefault(n => n.Id == last.Node) is { Lost: true })
                    {
                        output.WriteLine($"  note: node {last.Node} is lost: the run is closed as Interrupted when the job next starts, and another node runs it again.");
                        continue;
                    }

                    // status cannot see whether the service is alive, so it says both possibilities.
                    output.WriteLine("  note: not finished — still running if the service is up; if the service was stopped under it, the run is closed as Interrupted and any delivery it began is finished when the service starts again (check `systemctl status tarmeem` or the Windows event log).");
                }
            }

            if (runs.TryGetValue(ServiceStartUp.JobName, out var startUp))
            {
                output.WriteLine();
                output.WriteLine($"Last start of the service: {Local(startUp.Last.StartedAt, zone)} — {startUp.Last.Outcome}: {startUp.Last.Message}");
            }

            output.WriteLine();
            foreach (var line in await ReportLinesAsync(services, store, stored, now, zone, cancellationToken))
            {
                output.WriteLine(line);
            }

            var recent = await store.Deliveries.RecentAsync(5, cancellationToken);
            if (recent.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Recent deliveries:");
                foreach (var delivery in recent)
                {
                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  {delivery.Kind} {delivery.Period} — {Local(delivery.DeliveredAt, zone)} to {delivery.Recipients} recipients, {delivery.Files.Count} files{(delivery.Deliveries > 1 ? $" (delivered {delivery.Deliveries} times)" : "")}{(delivery.IsDelivered ? "" : "; a new delivery of it is unfinished")}"));
                }
            }

        }));
        return command;
    }

    private static string Unfinished(ReportDelivery delivery, TimeZoneInfo zone) => string.Create(
        CultureInfo.InvariantCulture,
        $"  {delivery.Kind} {delivery.Period} — intended since {Local(delivery.IntendedAt, zone)}, {delivery.Attempts} send(s) begun, e-mail tag {delivery.MailTag}");

    /// <summary>
    /// Only what is true: the deliveries begun and not finished, the due periods the schedule will still deliver (and
    /// when), and those it never will, each with what to do. Nothing is due before the service first started.
    /// </summary>
    private static async Task<List<string>> ReportLinesAsync(
        IServiceProvider services, StoreSession store, IReadOnlyDictionary<string, QuartzTrigger>? stored, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var unfinished = (await store.Deliveries.UnfinishedAsync(cancellationToken)).ToLookup(d => ReportDeliveryService.IsReport(d.Kind));
        if (unfinished[true].Any())
        {
            lines.Add("Deliveries begun and not finished (the service finishes each when it next starts; `tarmeem report --kind K --period P --deliver` does the same now, looking for the e-mail in the mailbox before sending):");
            lines.AddRange(unfinished[true].Select(d => Unfinished(d, zone)));
        }

        if (unfinished[false].Any())
        {
            lines.Add("Alert and review e-mails begun and not known to have gone (the next run of their job looks for each in the mailbox before sending):");
            lines.AddRange(unfinished[false].Select(d => Unfinished(d, zone)));
        }

        var awaiting = await store.Reviews.AwaitingAsync(cancellationToken);
        if (awaiting.Count > 0)
        {
            lines.Add("Reports awaiting review (nothing goes to their recipients before approval):");
        }

        foreach (var review in awaiting)
        {
            lines.Add($"  {review.Kind} {review.Period} — awaiting review since {Local(review.SubmittedAt, zone)}"
                + (review.State == ReviewState.Refused ? "; the last approval was refused by the check (the reviewers were mailed what to fix)" : "")
                + (review.RemindedAt is { } reminded ? $"; reminded {Local(reminded, zone)}" : "")
                + $": approve on the page in the reviewers' e-mail or with tarmeem report approve --kind {review.Kind} --period {review.Period}");
        }

        lines.AddRange((await store.Reviews.ApprovedUndeliveredAsync(cancellationToken)).Select(review =>
            $"  {review.Kind} {review.Period} — approved {Local(review.ApprovedAt, zone)} and not yet delivered: the service delivers it when it next starts, or run tarmeem report approve --kind {review.Kind} --period {review.Period}"));

        if (await store.JobRuns.FirstServiceStartAsync(cancellationToken) is not { } firstStart)
        {
            lines.Add("No report is due: the service has never started, and periods that ended before it did are not delivered by the schedule (deliver one by hand with `tarmeem report --kind K --period P --deliver`).");
            return lines;
        }

        var due = await services.GetRequiredService<DueReportFinder>().FindDueAsync(
            now, job => stored?.GetValueOrDefault(job.Name)?.NextFireTime, cancellationToken);
        var scheduled = due.Where(d => d.ScheduledAt is not null).ToList();
        var never = due.Where(d => d.ScheduledAt is null).ToList();
        lines.Add(due.Count == 0
            ? $"No report is due and undelivered (counting from the service's first start, {Local(firstStart, zone)})."
            : $"Reports due and not delivered, counting from the service's first start ({Local(firstStart, zone)}):");
        lines.AddRange(scheduled.Select(d => $"  {ReportPlan.KindName(d.Kind)} {d.Period} — due since {Local(d.DueAt, zone)}; the schedule delivers it "
            + (d.ScheduledAt < now ? "as soon as the service runs (a missed run fires once)" : $"at {Local(d.ScheduledAt, zone)}")));
        lines.AddRange(never.Select(d => $"  {ReportPlan.KindName(d.Kind)} {d.Period} — due since {Local(d.DueAt, zone)}; the schedule will NOT deliver it "
            + $"(its next run covers a later period): tarmeem report --kind {ReportPlan.KindName(d.Kind)} --period {d.Period} --deliver"));
        return lines;
    }

    /// <summary>The cluster's nodes as Quartz last saw them; nothing on SQLite, which has one node by construction.</summary>
    private static void PrintNodes(TextWriter output, IReadOnlyList<SchedulerNode>? nodes, TimeZoneInfo zone)
    {
        if (nodes is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(nodes.Count == 0
            ? "Nodes: none has checked in."
            : $"Nodes (lost when a check-in is late by more than {ScheduleOptions.Section}:Cluster:CheckinMisfireThreshold):");
        foreach (var node in nodes)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {node.Id} — last check-in {TimeZoneInfo.ConvertTime(node.LastCheckin, zone):yyyy-MM-dd HH:mm:ss}, every {node.CheckinInterval.TotalSeconds:0.#} s: {(node.Lost ? "LOST (stopped or cut off; another node runs again the jobs it was running)" : "alive")}"));
        }
    }

    private static string Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
}
