using Tarmeem.Core.Domain;
using Tarmeem.Core.Localization;

namespace Tarmeem.Host.Sync;

/// <summary>
/// <c>Tarmeem:Sources:Mailbox</c>: the shared inquiries mailbox. Each conversation that arrives in its inbox is an
/// inquiry; the first reply the mailbox sent in that conversation (Sent Items) is its first response.
/// </summary>
internal sealed class MailboxSourceOptions
{
    /// <summary>The mailbox's address or user id, e.g. <c>inquiries@tarmeem.org.sa</c>.</summary>
    public string Address { get; set; } = "";

    /// <summary>The channel mail inquiries are counted under (a code such as Website or Letter).</summary>
    public string Channel { get; set; } = "";

    /// <summary>The branch mail inquiries are counted under, or Unspecified.</summary>
    public string Branch { get; set; } = nameof(Core.Domain.Branch.Unspecified);

    /// <summary>The folders read: well-known names or ids.</summary>
    public string InboxFolder { get; set; } = "inbox";

    public string SentFolder { get; set; } = "sentitems";

    /// <summary>The Outlook category by which staff mark a conversation resolved (a completed flag does too).</summary>
    public string ResolvedCategory { get; set; } = ArabicLabels.Get("MailCategory_Resolved");

    /// <summary>The Outlook category by which staff say a conversation is not an inquiry: counted nowhere, never surveyed.</summary>
    public string NotInquiryCategory { get; set; } = ArabicLabels.Get("MailCategory_NotInquiry");

    internal Channel ChannelValue => Enum.Parse<Channel>(Channel, ignoreCase: true);

    internal Branch BranchValue => EnumMember.TryParse<Branch>(Branch, out var branch) ? branch : Core.Domain.Branch.Unspecified;
}
