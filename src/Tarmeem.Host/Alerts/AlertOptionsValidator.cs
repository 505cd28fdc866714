using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;
using Tarmeem.Core.Domain;

namespace Tarmeem.Host.Alerts;

/// <summary>Checks <c>Tarmeem:Alerts</c> at start; each failure names its key and what to write instead.</summary>
internal sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ThresholdDays < 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{AlertOptions.Section}:ThresholdDays is {options.ThresholdDays}: give the day after receipt from which a case is listed, at least 1 (default 10)."));
        }

        if (options.FirstResponseTarget <= TimeSpan.Zero)
        {
            failures.Add($"{AlertOptions.Section}:FirstResponseTarget is {options.FirstResponseTarget}: give how long a mailed inquiry may wait for its first reply, e.g. 1.00:00:00.");
        }

        if (options.Enabled && !CronExpression.TryParse(options.Schedule, out _))
        {
            failures.Add($"{AlertOptions.Section}:Schedule \"{options.Schedule}\" is not a Quartz cron expression (seconds first), e.g. \"0 0 8 ? * SUN-THU\".");
        }

        if (options.CaseItemUrl.Length > 0 && (!options.CaseItemUrl.Contains("{id}", StringComparison.Ordinal)
            || !Uri.TryCreate(options.CaseItemUrl.Replace("{id}", "1", StringComparison.Ordinal), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{AlertOptions.Section}:CaseItemUrl \"{options.CaseItemUrl}\" must be an https address with {{id}} where the list item id goes, or empty.");
        }

        foreach (var (key, addresses) in options.Recipients)
        {
            if (AlertBranches.Parse(key) is null)
            {
                failures.Add($"{AlertOptions.Section}:Recipients:{key} names no branch: use one of {string.Join(", ", Enum.GetNames<Branch>().Skip(1))}.");
            }

            foreach (var address in addresses.Where(a => !a.Contains('@', StringComparison.Ordinal)))
            {
                failures.Add($"{AlertOptions.Section}:Recipients:{key} has \"{address}\", which is not an e-mail address.");
            }
        }

        if (options.Enabled && AlertBranches.From(options).Count == 0)
        {
            failures.Add($"{AlertOptions.Section}:Recipients is empty while {AlertOptions.Section}:Enabled is true: give each branch's relations staff, e.g. \"Jeddah\": [ \"relations-jeddah@contoso.org.sa\" ].");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
