using System.Globalization;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Tarmeem.Host.Delivery;

/// <summary>Checks <c>Tarmeem:Delivery</c> when delivery is first used, naming each wrong key and what to put there.</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Sender))
        {
            failures.Add($"{DeliveryOptions.Section}:Sender is empty: set the mailbox the reports are sent from (e.g. reports@your-domain).");
        }

        if (options.ManagementRecipients.Count == 0 && options.BoardRecipients.Count == 0)
        {
            failures.Add($"{DeliveryOptions.Section}:ManagementRecipients and :BoardRecipients are both empty: list at least one address.");
        }

        foreach (var (key, list) in new[] { ("ManagementRecipients", options.ManagementRecipients), ("BoardRecipients", options.BoardRecipients), ("Reviewers", options.Reviewers) })
        {
            failures.AddRange(list.Where(a => !MailAddress.TryCreate(a, out _))
                .Select(a => $"{DeliveryOptions.Section}:{key} holds '{a}', which is not an e-mail address."));
        }

        if (options.UploadChunkBytes <= 0 || options.UploadChunkBytes % DeliveryOptions.UploadUnit != 0 || options.UploadChunkBytes > 4 * 1024 * 1024)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{DeliveryOptions.Section}:UploadChunkBytes is {options.UploadChunkBytes}: use a multiple of 327680 (320 KiB) up to 4 MB, e.g. 3276800."));
        }

        if (options.InlineAttachmentLimitBytes is <= 0 or > DeliveryOptions.GraphInlineLimit)
        {
            failures.Add($"{DeliveryOptions.Section}:InlineAttachmentLimitBytes must be between 1 and {DeliveryOptions.GraphInlineLimit} (Graph's 3 MB).");
        }

        if (options.SimpleUploadLimitBytes is <= 0 or > DeliveryOptions.GraphSimpleUploadLimit)
        {
            failures.Add($"{DeliveryOptions.Section}:SimpleUploadLimitBytes must be between 1 and {DeliveryOptions.GraphSimpleUploadLimit} (Graph's 4 MB).");
        }

        if (options.ConvertToPdf && string.IsNullOrWhiteSpace(options.DriveId))
        {
            failures.Add($"{DeliveryOptions.Section}:ConvertToPdf needs :DriveId, because Microsoft 365 converts the copy filed in the library.");
        }

        if (!options.SaveToSentItems)
        {
            failures.Add($"{DeliveryOptions.Section}:SaveToSentItems is false: the copy in Sent Items is how a run after a crash knows a report already went out, so it cannot be switched off; remove the key.");
        }

        if (options.AmbiguousLookupDelay < TimeSpan.Zero || options.AmbiguousLookupDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{DeliveryOptions.Section}:AmbiguousLookupDelay is {options.AmbiguousLookupDelay}: give a duration from \"00:00:00\" to \"00:05:00\", e.g. \"00:00:10\".");
        }

        if (options.Reviewers.Count > 0)
        {
            if (!Uri.TryCreate(options.ApprovalBaseUrl, UriKind.Absolute, out var approval) || (approval.Scheme != Uri.UriSchemeHttps && approval.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"{DeliveryOptions.Section}:ApprovalBaseUrl is '{options.ApprovalBaseUrl}': with :Reviewers set, give the address where reviewers reach `tarmeem serve` (e.g. https://tarmeem.example/).");
            }

            if (string.IsNullOrWhiteSpace(options.DriveId))
            {
                failures.Add($"{DeliveryOptions.Section}:Reviewers needs :DriveId: the draft is reviewed in the document library.");
            }

            if (options.ReviewReminderAfter <= TimeSpan.Zero)
            {
                failures.Add($"{DeliveryOptions.Section}:ReviewReminderAfter is {options.ReviewReminderAfter}: give a positive duration such as \"2.00:00:00\".");
            }
        }

        try
        {
            _ = new System.Text.RegularExpressions.Regex(options.CaseNumberPattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            failures.Add($"{DeliveryOptions.Section}:CaseNumberPattern is not a valid regular expression: {e.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
