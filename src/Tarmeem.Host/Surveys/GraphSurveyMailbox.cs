using System.Security.Cryptography;
using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Tarmeem.Surveys.Outbox;
using Tarmeem.Surveys.Replies;

namespace Tarmeem.Host.Surveys;

/// <summary>
/// The survey mailbox on Microsoft Graph: drafts created from MIME with <c>POST /users/{mb}/messages</c> (HTML and its
/// plain-text twin, the invitation id in the <c>X-Tarmeem-Invitation</c> header), then given the outbox key in a
/// single-value extended property (searchable, unlike internet headers in Sent Items) with <c>PATCH</c>; sent with
/// <c>POST …/messages/{id}/send</c>; found again by the property, or by the Message-ID made from the key.
/// </summary>
public sealed class GraphSurveyMailbox(GraphServiceClient client, string mailbox) : ISurveyMailbox
{
    /// <summary>A named MAPI string property in our own property set.</summary>
    public const string TagPropertyId = "String {5b0f7a3e-2c6d-4f7b-9a41-7d3e2b9c1f60} Name TarmeemSurveyTag";

    private const int PageSize = 100;

    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public async Task<MailboxMessage> CreateDraftAsync(OutgoingSurveyMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var mime = SurveyMimeMessage.Build(mail, MessageIdFor(mail.Tag));
        var created = await GraphMailboxErrors.CallAsync("creating a survey draft", () => PostMimeAsync(mime, cancellationToken), cancellationToken);
        var id = created?.Id ?? throw new SurveyMailboxException("Graph created the draft but returned no id.") { Transient = true };

        // A MIME body carries no extended property, so the tag follows in a call of its own; FindAsync covers the gap.
        var tag = new Message { SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = TagPropertyId, Value = mail.Tag }] };
        await GraphMailboxErrors.CallAsync("tagging a survey draft", () => client.Users[mailbox].Messages[id].PatchAsync(tag, cancellationToken: cancellationToken), cancellationToken);
        return new MailboxMessage(id, created.ConversationId, created.InternetMessageId);
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

    /// <summary>
    /// The Message-ID a survey message is created with, made from its tag alone so that any later run can compute it.
    /// </summary>
    internal string MessageIdFor(string tag)
    {
        var at = mailbox.LastIndexOf('@');
        var domain = at >= 0 && at < mailbox.Length - 1 ? mailbox[(at + 1)..] : "tarmeem-survey.local";
        return "<survey." + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tag)))[..40] + "@" + domain + ">";
    }

    private async Task<Message?> PostMimeAsync(string mime, CancellationToken cancellationToken)
    {
        // The SDK has no typed call for a MIME body; a request of our own through its adapter keeps its
        // authentication, the retry handler and ODataError for Graph's error answers.
        using var body = new MemoryStream(Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(mime))));
        var request = new RequestInformation(Method.POST, "{+baseurl}/users/{user%2Did}/messages", new Dictionary<string, object> { ["user%2Did"] = mailbox });
        request.Headers.Add("Accept", "application/json");
        request.SetStreamContent(body, "text/plain");
        return await client.RequestAdapter.SendAsync(request, Message.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    /// <summary>
    /// By the tag first; then by the Message-ID made from it. Graph takes no extended property in a MIME body, so the
    /// tag is set by a second call, and a crash or an ambiguous failure between the two leaves a draft without it. Were
    /// that draft invisible here, the next run would create and send another beside it, and the first could still go
    /// out (a person in the mailbox may press send). Found by its Message-ID (kept as internetMessageId, which Graph
    /// filters on) it is the draft the next run sends, or, already sent, what it marks sent.
    /// </summary>
    private async Task<MailboxMessage?> FindAsync(string folder, string tag, CancellationToken cancellationToken)
    {
        var quotedTag = tag.Replace("'", "''", StringComparison.Ordinal);
        var byTag = await FindWhereAsync(
            folder,
            $"singleValueExtendedProperties/Any(ep: ep/id eq '{TagPropertyId}' and ep/value eq '{quotedTag}')",
            m => m.SingleValueExtendedProperties?.Any(p =>
                string.Equals(p.Id, TagPropertyId, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Value, tag, StringComparison.Ordinal)) == true,
            cancellationToken);
        if (byTag is not null)
        {
            return byTag;
        }

        var messageId = MessageIdFor(tag);
        return await FindWhereAsync(
            folder,
            $"internetMessageId eq '{messageId}'",
            m => string.Equals(m.InternetMessageId, messageId, StringComparison.OrdinalIgnoreCase),
            cancellationToken);
    }

    private async Task<MailboxMessage?> FindWhereAsync(string folder, string filter, Func<Message, bool> matches, CancellationToken cancellationToken)
    {
        var what = "searching " + folder + " for a survey message";
        var page = await GraphMailboxErrors.CallAsync(
            what,
            () => client.Users[mailbox].MailFolders[folder].Messages.GetAsync(
                rc =>
                {
                    rc.QueryParameters.Filter = filter;
                    rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{TagPropertyId}')"];
                    rc.QueryParameters.Select = ["id", "conversationId", "internetMessageId"];
                    rc.QueryParameters.Top = PageSize;
                },
                cancellationToken),
            cancellationToken);
        while (page is not null)
        {
            // The filter does the work on Graph; the check here keeps a server that ignores it from matching anything else.
            var match = page.Value?.FirstOrDefault(m => m.Id is not null && matches(m));
            if (match is not null)
            {
                return new MailboxMessage(match.Id!, match.ConversationId, match.InternetMessageId);
            }

            page = page.OdataNextLink is { } next
                ? await GraphMailboxErrors.CallAsync(what, () => client.Users[mailbox].MailFolders[folder].Messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken), cancellationToken)
                : null;
        }

        return null;
    }
}
