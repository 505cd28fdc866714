using Microsoft.Graph;
using Microsoft.Graph.Models;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Surveys;

/// <summary>
/// The survey mailbox on Microsoft Graph: drafts created with <c>POST /users/{mb}/messages</c> carrying the outbox key
/// in a single-value extended property (searchable, unlike internet headers in Sent Items) and the invitation id in
/// the <c>X-Tarmeem-Invitation</c> header; sent with <c>POST …/messages/{id}/send</c>; found again by the property.
/// </summary>
public sealed class GraphSurveyMailbox(GraphServiceClient client, string mailbox) : ISurveyMailbox
{
    /// <summary>A named MAPI string property in our own property set.</summary>
    public const string TagPropertyId = "String {5b0f7a3e-2c6d-4f7b-9a41-7d3e2b9c1f60} Name TarmeemSurveyTag";

    private const int PageSize = 100;

    public async Task<MailboxMessage> CreateDraftAsync(OutgoingSurveyMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new Message
        {
            Subject = mail.Content.Subject,
            // Graph's JSON message has one body; the HTML one goes out, the plain-text twin is for a MIME sender.
            Body = new ItemBody { ContentType = BodyType.Html, Content = mail.Content.Html },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.Recipient } }],
            InternetMessageHeaders = [new InternetMessageHeader { Name = OutgoingSurveyMail.InvitationHeader, Value = mail.InvitationId }],
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = TagPropertyId, Value = mail.Tag }],
        };
        var created = await GraphMailboxErrors.CallAsync("creating a survey draft", () => client.Users[mailbox].Messages.PostAsync(message, cancellationToken: cancellationToken), cancellationToken);
        return new MailboxMessage(created?.Id ?? throw new SurveyMailboxException("Graph created the draft but returned no id.") { Transient = true }, created.ConversationId, created.InternetMessageId);
    }

    public Task SendDraftAsync(string messageId, CancellationToken cancellationToken) =>
        GraphMailboxErrors.CallAsync(
            "sending a survey draft",
            async () =>
            {
                await client.Users[mailbox].Messages[messageId].Send.PostAsync(cancellationToken: cancellationToken);
                return true;
            },
            cancellationToken);

    public Task<MailboxMessage?> FindSentAsync(string tag, CancellationToken cancellationToken) => FindAsync("sentitems", tag, cancellationToken);

    public Task<MailboxMessage?> FindDraftAsync(string tag, CancellationToken cancellationToken) => FindAsync("drafts", tag, cancellationToken);

    public async Task<IReadOnlyList<InboundMail>> ReadInboxAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var found = new List<InboundMail>();
        var page = await GraphMailboxErrors.CallAsync(
            "reading the inbox",
            () => client.Users[mailbox].MailFolders["inbox"].Messages.GetAsync(
                rc =>
                {
                    rc.QueryParameters.Filter = "receivedDateTime ge " + since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                    rc.QueryParameters.Select = ["id", "conversationId", "subject", "body", "receivedDateTime", "internetMessageHeaders"];
                    rc.QueryParameters.Top = PageSize;
                    rc.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
                },
                cancellationToken),
            cancellationToken);
        while (page is not null)
        {
            foreach (var message in page.Value ?? [])
            {
                if (message.Id is null || message.ReceivedDateTime is not { } received || received < since)
                {
                    continue;
                }

                var headers = (message.InternetMessageHeaders ?? [])
                    .Where(h => h.Name is not null)
                    .Select(h => new KeyValuePair<string, string>(h.Name!, h.Value ?? ""))
                    .ToList();
                found.Add(new InboundMail(message.Id, message.ConversationId, message.Subject, message.Body?.Content, received, headers));
            }

            page = page.OdataNextLink is { } next
                ? await GraphMailboxErrors.CallAsync("reading the inbox", () => client.Users[mailbox].MailFolders["inbox"].Messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken), cancellationToken)
                : null;
        }

        return found;
    }

    private async Task<MailboxMessage?> FindAsync(string folder, string tag, CancellationToken cancellationToken)
    {
        var quoted = tag.Replace("'", "''", StringComparison.Ordinal);
        var what = "searching " + folder + " for a survey message";
        var page = await GraphMailboxErrors.CallAsync(
            what,
            () => client.Users[mailbox].MailFolders[folder].Messages.GetAsync(
                rc =>
                {
                    rc.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{TagPropertyId}' and ep/value eq '{quoted}')";
                    rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{TagPropertyId}')"];
                    rc.QueryParameters.Select = ["id", "conversationId", "internetMessageId"];
                    rc.QueryParameters.Top = PageSize;
                },
                cancellationToken),
            cancellationToken);
        while (page is not null)
        {
            // The filter does the work on Graph; the check here keeps a server that ignores it from matching anything else.
            var match = page.Value?.FirstOrDefault(m => m.SingleValueExtendedProperties?.Any(p =>
                string.Equals(p.Id, TagPropertyId, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Value, tag, StringComparison.Ordinal)) == true);
            if (match?.Id is not null)
            {
                return new MailboxMessage(match.Id, match.ConversationId, match.InternetMessageId);
            }

            page = page.OdataNextLink is { } next
                ? await GraphMailboxErrors.CallAsync(what, () => client.Users[mailbox].MailFolders[folder].Messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken), cancellationToken)
                : null;
        }

        return null;
    }
}
