namespace Tarmeem.Store.Records;

/// <summary>How an inquiry read from the shared mailbox is keyed: <c>mail:</c> and its conversation id.</summary>
public static class MailedInquiries
{
    public const string KeyPrefix = "mail:";

    public static bool IsMailed(string inquiryId)
    {
        ArgumentNullException.ThrowIfNull(inquiryId);
        return inquiryId.StartsWith(KeyPrefix, StringComparison.Ordinal);
    }
}
