using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Host.Web;

namespace Tarmeem.Host.Scheduling;

/// <summary>Checks <c>Tarmeem:Schedule</c> at the start of <c>tarmeem serve</c>: every expression parses, the zone resolves, the known proxies are addresses or networks.</summary>
public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"{ScheduleOptions.Section}:TimeZone '{options.TimeZone}' is not a known time zone: use e.g. Asia/Riyadh (or Arab Standard Time on Windows).");
        }

        foreach (var job in TarmeemJobs.All)
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
}
