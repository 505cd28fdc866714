using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Scheduling;

internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        AtLeastADay(failures, nameof(RetentionOptions.Contacts), options.Contacts, "180.00:00:00");
        AtLeastADay(failures, nameof(RetentionOptions.JobRuns), options.JobRuns, "400.00:00:00");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AtLeastADay(List<string> failures, string key, TimeSpan value, string example)
    {
        if (value < TimeSpan.FromDays(1))
        {
            failures.Add($"{RetentionOptions.Section}:{key} is {value}: give how long the data is kept, at least a day, as days.hours:minutes:seconds (default {example}).");
        }
    }
}
