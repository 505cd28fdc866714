using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Core.Store;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Delivery;
using Tarmeem.Host.Reports;
using Tarmeem.Host.Scheduling;
using Tarmeem.Reporting.Planning;

namespace Tarmeem.Host.Cli;

/// <summary>
/// <c>tarmeem status</c>: what the unattended service did and will do — per job its schedule, last run and outcome,
/// counts, next run and any error with what to do; reports due but not delivered; recent deliveries. Reads only.
/// </summary>
public static class StatusCommand
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
            var data = services.GetRequiredService<IOptions<TarmeemOptions>>().Value.Data.Directory;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
            var quartz = SchedulingRegistration.QuartzDatabasePath(data, schedule);
            var stored = await QuartzTriggerReader.ReadAsync(quartz, cancellationToken);

            await using var store = await services.GetRequiredService<OperationsStoreFactory>().OpenAsync(cancellationToken);
            var runs = (await store.JobRuns.SummariesAsync(cancellationToken)).ToDictionary(r => r.Job, StringComparer.Ordinal);
            var output = console.Out;
            output.WriteLine(stored is null
                ? $"The service has not run yet ({quartz} does not exist): next runs below are computed from the settings."
                : $"Scheduler store: {quartz}");
            output.WriteLine($"Times in {zone.Id}.");
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
                    $"  last run: {Local(last.StartedAt, zone)} — {last.Outcome}; succeeded {summary.Succeeded}, skipped {summary.Skipped}, failed {summary.Failed}; last success: {Local(summary.LastSucceededAt, zone)}"));
                if (last.Message is { Length: > 0 } message)
                {
                    output.WriteLine($"  {(last.Outcome == JobOutcome.Failed ? "ERROR" : "note")}: {message}");
                }

                if (last.Outcome == JobOutcome.Failed)
                {
                    output.WriteLine("  what to do: fix what the error names (settings: restart the service after editing), then wait for the next run or run the same work by hand (tarmeem sync / tarmeem report).");
                }
                else if (last.Outcome == JobOutcome.Running && last.StartedAt < now.AddHours(-2))
                {
                    output.WriteLine("  what to do: this run never finished — the service probably stopped under it; check `systemctl status tarmeem` or the Windows event log.");
                }
            }

            var due = await services.GetRequiredService<DueReportFinder>().FindDueAsync(now, cancellationToken);
            output.WriteLine();
            output.WriteLine(due.Count == 0 ? "No report is due and undelivered." : "Due and not delivered (the service delivers each once when it runs):");
            foreach (var report in due)
            {
                output.WriteLine($"  {ReportPlan.KindName(report.Kind)} {report.Period} — due since {Local(report.DueAt, zone)}");
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
                        $"  {delivery.Kind} {delivery.Period} — {Local(delivery.DeliveredAt, zone)} to {delivery.Recipients} recipients, {delivery.Files.Count} files{(delivery.Deliveries > 1 ? $" (delivered {delivery.Deliveries} times)" : "")}"));
                }
            }

        }));
        return command;
    }

    private static string Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
}
