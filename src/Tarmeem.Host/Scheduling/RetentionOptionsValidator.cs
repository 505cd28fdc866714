using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Scheduling;

public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ContactDays < 1)
        {
            failures.Add($"{RetentionOptions.Section}:ContactDays is {options.ContactDays}: give the days contact data is kept, at least 1 (default 180).");
        }

        if (options.JobRunDays < 1)
        {
            failures.Add($"{RetentionOptions.Section}:JobRunDays is {options.JobRunDays}: give the days run history is kept, at least 1 (default 400).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
