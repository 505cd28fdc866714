using System.Security.Cryptography;
using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Tarmeem.Host.Delivery;

/// <summary>
/// Finds report messages in a folder of the sender's mailbox by their tag: the single-value extended property first
/// (searchable in every folder), then the Message-ID made from the tag (in case a server kept one and not the other).
/// </summary>
internal sealed class TaggedReportMessages(GraphServiceClient client, string mailbox)
{
    /// <summary>A named MAPI string property in our own property set, apart from the surveys' one.</summary>
    public const string TagPropertyId = "String {9c3e5a71-4b2d-4e8f-a6c1-2f7d8b0e4a93} Name TarmeemReportTag";

    private const int PageSize = 50;

    /// <summary>The Message-ID a report mail is sent with, made from its tag alone so that any later run can compute it.</summary>
    public string MessageIdFor(string tag)
    {
        var at = mailbox.LastIndexOf('@');
        var domain = at >= 0 && at < mailbox.Length - 1 ? mailbox[(at + 1)..] : "tarmeem-report.local";
        return "<report." + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tag)))[..40] + "@" + domain + ">";
    }

    /// <summary>The ids of the messages with this tag in a folder (a well-known name: outbox, sentitems, drafts).</summary>
    public async Task<IReadOnlyList<string>> FindAsync(string folder, string tag, CancellationToken cancellationToken)
    {
        var messageId = MessageIdFor(tag);
        var byTag = await ListAsync(
            folder, $"singleValueExtendedProperties/Any(ep: ep/id eq '{TagPropertyId}' and ep/value eq '{Quote(tag)}')", tag, messageId, cancellationToken);
        return byTag.Count > 0
            ? byTag
            : await ListAsync(folder, $"internetMessageId eq '{Quote(messageId)}'", tag, messageId, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> ListAsync(string folder, string filter, string tag, string messageId, CancellationToken cancellationToken)
    {
        var what = $"Looking for the report e-mail {tag} in {folder} of {mailbox}";
        var messages = client.Users[mailbox].MailFolders[folder].Messages;
        var page = await GraphCall.RunAsync(what, () => messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = filter;
                rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{TagPropertyId}')"];
                rc.QueryParameters.Select = ["id", "internetMessageId"];
                rc.QueryParameters.Top = PageSize;
            },
            cancellationToken));
        var found = new List<string>();
        while (page is not null)
        {
            // The filter does the work on Graph; the check here keeps a server that ignores it from matching anything else.
            found.AddRange((page.Value ?? []).Where(m => m.Id is not null && Matches(m, tag, messageId)).Select(m => m.Id!));
            page = page.OdataNextLink is { } next
                ? await GraphCall.RunAsync(what, () => messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken))
                : null;
        }

        return found;
    }

    private static bool Matches(Message message, string tag, string messageId) =>
        string.Equals(message.InternetMessageId, messageId, StringComparison.OrdinalIgnoreCase)
        || message.SingleValueExtendedProperties?.Any(p =>
            string.Equals(p.Id, TagPropertyId, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Value, tag, StringComparison.Ordinal)) == true;

    private static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
