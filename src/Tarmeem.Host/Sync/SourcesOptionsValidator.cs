using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;

namespace Tarmeem.Host.Sync;

/// <summary>Checks <c>Tarmeem:Sources</c> before any request, naming each key to fix.</summary>
internal sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var source in ListSource.From(options))
        {
            ValidateList(source, errors);
        }

        if (options.Mailbox is { } mailbox)
        {
            const string key = SourcesOptions.Section + ":Mailbox";
            if (string.IsNullOrWhiteSpace(mailbox.Address))
            {
                errors.Add($"{key}:Address is empty: give the shared mailbox's address, e.g. inquiries@tarmeem.org.sa, or remove the Mailbox section.");
            }

            if (!EnumMember.TryParse<Channel>(mailbox.Channel, out var channel) || channel == Channel.Unspecified)
            {
                errors.Add($"{key}:Channel is '{mailbox.Channel}': give the channel mail inquiries count under, one of {Names(Enum.GetValues<Channel>().Where(c => c != Channel.Unspecified))}.");
            }

            if (!EnumMember.TryParse<Branch>(mailbox.Branch, out _))
            {
                errors.Add($"{key}:Branch is '{mailbox.Branch}': give one of {Names(Enum.GetValues<Branch>())}.");
            }

            if (string.IsNullOrWhiteSpace(mailbox.InboxFolder) || string.IsNullOrWhiteSpace(mailbox.SentFolder))
            {
                errors.Add($"{key}:InboxFolder and {key}:SentFolder must name folders (default inbox and sentitems).");
            }

            if (string.IsNullOrWhiteSpace(mailbox.ResolvedCategory) || string.IsNullOrWhiteSpace(mailbox.NotInquiryCategory)
                || string.Equals(mailbox.ResolvedCategory.Trim(), mailbox.NotInquiryCategory.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{key}:ResolvedCategory and {key}:NotInquiryCategory must be two different Outlook category names (defaults «تم الحل» and «ليس استفساراً»).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateList(ListSource source, List<string> errors)
    {
        var options = source.Options;
        if (string.IsNullOrWhiteSpace(options.Site))
        {
            errors.Add($"{source.ConfigKey}:Site is empty: give the site's URL, e.g. https://contoso.sharepoint.com/sites/Relations.");
        }

        if (string.IsNullOrWhiteSpace(options.List))
        {
            errors.Add($"{source.ConfigKey}:List is empty: give the list's title or id.");
        }

        foreach (var key in options.Columns.Keys)
        {
            if (!source.Fields.Any(f => string.Equals(f.Name, key, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{source.ConfigKey}:Columns:{key} is not a field of this source: use one of {string.Join(", ", source.Fields.Select(f => f.Name))}.");
            }
        }

        foreach (var field in source.Fields.Where(f => f.Required && source.Column(f.Name) is null))
        {
            errors.Add($"{source.ColumnKey(field.Name)} is missing: give the internal name of the column that holds it (tarmeem check lists the list's columns).");
        }

        CheckTargets<Channel>(options.Channels, source.ConfigKey + ":Channels", errors);
        CheckTargets<Branch>(options.Branches, source.ConfigKey + ":Branches", errors);
        CheckTargets<ServiceType>(options.ServiceTypes, source.ConfigKey + ":ServiceTypes", errors);
        CheckTargets<CaseDecision>(options.Decisions, source.ConfigKey + ":Decisions", errors);
        CheckTargets<InquiryCategory>(options.Categories, source.ConfigKey + ":Categories", errors);
    }

    private static void CheckTargets<TEnum>(IDictionary<string, string> map, string key, List<string> errors)
        where TEnum : struct, Enum
    {
        foreach (var (text, target) in map)
        {
            if (!EnumMember.TryParse<TEnum>(target, out _))
            {
                errors.Add($"{key}:{text} is '{target}', which is not a {typeof(TEnum).Name}: use one of {Names(Enum.GetValues<TEnum>())}.");
            }
        }
    }

    private static string Names<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => string.Join(", ", values.Select(v => v.ToString()));
}
