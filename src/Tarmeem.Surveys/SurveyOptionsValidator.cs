using System.Globalization;
using Microsoft.Extensions.Options;

namespace Tarmeem.Surveys;

/// <summary>Checks <see cref="SurveyOptions"/> at start; each failure names its key, the value and the fix.</summary>
public sealed class SurveyOptionsValidator : IValidateOptions<SurveyOptions>
{
    private const string P = SurveyOptions.Section;

    public ValidateOptionsResult Validate(string? name, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Positive(errors, "DelayAfterEvent", options.DelayAfterEvent);
        Positive(errors, "PerContactInterval", options.PerContactInterval);
        Positive(errors, "ReminderAfter", options.ReminderAfter);
        Positive(errors, "InvitationLifetime", options.InvitationLifetime);
        Positive(errors, "MaxEventAge", options.MaxEventAge);
        if (options.AmbiguousRetryDelay < TimeSpan.Zero)
        {
            errors.Add($"{P}:AmbiguousRetryDelay is negative: give a duration such as \"00:10:00\".");
        }

        if (options.WindowEnd <= options.WindowStart)
        {
            errors.Add(Text($"{P}:WindowEnd ({options.WindowEnd:HH\\:mm}) is not after {P}:WindowStart ({options.WindowStart:HH\\:mm}): the default window is 09:00 to 20:00."));
        }

        if (!SendDaysParser.TryParse(options.SendDays, out _, out var dayError))
        {
            errors.Add($"{P}:SendDays is '{options.SendDays}': {dayError}");
        }

        if (options.ReminderAfter >= options.InvitationLifetime)
        {
            errors.Add(Text($"{P}:ReminderAfter ({options.ReminderAfter}) is not shorter than {P}:InvitationLifetime ({options.InvitationLifetime}): a reminder would arrive after the link expired."));
        }

        if (options.MaxPerMinute is < 1 or > 30)
        {
            errors.Add(Text($"{P}:MaxPerMinute is {options.MaxPerMinute}: it must be 1 to 30 (Exchange Online sends at most 30 messages a minute per mailbox)."));
        }

        if (options.DailyCap is < 1 or > 10_000)
        {
            errors.Add(Text($"{P}:DailyCap is {options.DailyCap}: it must be 1 to 10000 (Exchange Online's daily recipient limit)."));
        }

        if (options.BounceLimit < 1)
        {
            errors.Add(Text($"{P}:BounceLimit is {options.BounceLimit}: it must be at least 1 (the default, 2, stops after a second bounce)."));
        }

        if (options.FailedLookupsPerMinute < 1)
        {
            errors.Add(Text($"{P}:FailedLookupsPerMinute is {options.FailedLookupsPerMinute}: it must be at least 1."));
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var root) || (root.Scheme != Uri.UriSchemeHttps && !root.IsLoopback) || root.Query.Length > 0))
        {
            errors.Add($"{P}:PublicBaseUrl is '{options.PublicBaseUrl}': give the survey page's https root without a query, e.g. https://survey.example.org.");
        }

        if (!string.IsNullOrWhiteSpace(options.TemplatesDirectory) && !Directory.Exists(options.TemplatesDirectory))
        {
            errors.Add($"{P}:TemplatesDirectory '{options.TemplatesDirectory}' does not exist: give the folder holding survey-email.html, or leave it empty for the shipped templates.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add(Text($"{P}:{key} is {value}: it must be a positive duration such as \"1.00:00:00\" (one day)."));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
