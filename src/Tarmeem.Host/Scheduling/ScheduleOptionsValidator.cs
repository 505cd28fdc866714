using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Host.Web;

namespace Tarmeem.Host.Scheduling;

/// <summary>Checks <c>Tarmeem:Schedule</c> at the start of <c>tarmeem serve</c>: every expression parses, the zone resolves, the known proxies are addresses or networks.</summary>
internal sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"{ScheduleOptions.Section}:TimeZone '{options.TimeZone}' is not a known time zone: use e.g. Asia/Riyadh (or Arab Standard Time on Windows).");
        }

        // The morning alert's expression comes from Tarmeem:Alerts:Schedule, checked (under that key) by its own validator.
        foreach (var job in TarmeemJobs.All.Where(j => j != TarmeemJobs.MorningAlert))
        {
            var cron = job.Cron(options);
            if (!string.IsNullOrWhiteSpace(cron) && !CronExpression.TryParse(cron, out _))
            {
                failures.Add($"{ScheduleOptions.Section}:{job.OptionKey} '{cron}' is not a Quartz cron expression: six fields from seconds, e.g. \"0 0 8 1 * ?\" (empty switches the job off).");
            }
        }

        if (options.MisfireThreshold <= TimeSpan.Zero)
        {
            failures.Add($"{ScheduleOptions.Section}:MisfireThreshold must be positive, e.g. 00:01:00.");
        }

        ValidateCluster(options, failures);
        if (!Uri.TryCreate(options.Urls, UriKind.Absolute, out _))
        {
            failures.Add($"{ScheduleOptions.Section}:Urls '{options.Urls}' is not an address: use e.g. http://127.0.0.1:5080.");
        }

        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (ProxyForwarding.Parse(options.KnownProxies[i]) is null)
            {
                failures.Add($"{ScheduleOptions.Section}:KnownProxies:{i} '{options.KnownProxies[i]}' is not an address or network: use the proxy's address as the service sees it, e.g. 127.0.0.1 or 10.0.0.0/24.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCluster(ScheduleOptions options, List<string> failures)
    {
        if (options.NodeId.Length > NodeIdentity.MaxLength || options.NodeId.Any(c => !NodeIdentity.IsAllowed(c)))
        {
            failures.Add($"{ScheduleOptions.Section}:NodeId '{options.NodeId}' must be at most {NodeIdentity.MaxLength} letters, digits, '.', '-', '_' or ':', e.g. node-a (empty: the host name and the process id).");
        }

        var cluster = options.Cluster;
        if (cluster.CheckinInterval < TimeSpan.FromSeconds(1) || cluster.CheckinInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{ScheduleOptions.Section}:Cluster:CheckinInterval must be between 00:00:01 and 00:10:00, e.g. 00:00:10.");
        }

        if (cluster.CheckinMisfireThreshold < TimeSpan.FromSeconds(1) || cluster.CheckinMisfireThreshold > TimeSpan.FromMinutes(30))
        {
            failures.Add($"{ScheduleOptions.Section}:Cluster:CheckinMisfireThreshold must be between 00:00:01 and 00:30:00, e.g. 00:00:20 (longer than the worst pause of a node).");
        }
    }
}
