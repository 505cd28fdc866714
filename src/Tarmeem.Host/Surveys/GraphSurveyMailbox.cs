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
/// <c>POST …/messages/{id}/send</c>; found again by the property, or by the Message-ID made from the key, in the
/// folders a message passes through (Drafts, Outbox, Sent Items, in that order, so one moving on while we look is
/// still seen).
/// </summary>
internal sealed class GraphSurveyMailbox(GraphServiceClient client, string mailbox) : ISurveyMailbox
{
    /// <summary>A named MAPI string property in our own property set.</summary>
    public const string TagPropertyId = "String {5b0f7a3e-2c6d-4f7b-9a41-7d3e2b9c1f60} Name TarmeemSurveyTag";

    private const int PageSize = 100;

    /// <summary>Tries of the tagging PATCH when Exchange answers 409 because the new draft changed under it.</summary>
    private const int TagTries = 3;

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

        try
        {
            await TagAsync(id, mail.Tag, cancellationToken);
        }
        catch (SurveyMailboxException error) when (!error.Transient)
        {
            // The draft exists (found by its Message-ID): never a refusal that would cancel the invitation beside it.
            throw new SurveyMailboxException($"The survey draft was created but could not be tagged: {error.Message}", error) { Status = error.Status, Transient = true };
        }

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

    public async Task<MailboxLookup> LocateAsync(string tag, CancellationToken cancellationToken)
    {
        var drafts = await FindAsync("drafts", tag, all: true, cancellationToken);
        foreach (var folder in (string[])["outbox", "sentitems"])
        {
            if (await FindAsync(folder, tag, all: false, cancellationToken) is [var sent, ..])
            {
                return new MailboxLookup(drafts, sent);
            }
        }

        return new MailboxLookup(drafts, null);
    }

    public async Task DeleteDraftAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await GraphMailboxErrors.CallAsync(
                "deleting a survey draft",
                async () =>
                {
                    await client.Users[mailbox].Messages[messageId].PermanentDelete.PostAsync(cancellationToken: cancellationToken);
                    return true;
                },
                cancellationToken);
        }
        catch (SurveyMailboxException error) when (error.Status == 404)
        {
            // Already gone: what the delete was for.
        }
    }

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
    /// By the tag; then by the Message-ID made from it. Graph takes no extended property in a MIME body, so the
    /// tag is set by a second call, and a crash or an ambiguous failure between the two leaves a draft without it. Were
    /// that draft invisible here, the next run would create and send another beside it, and the first could still go
    /// out (a person in the mailbox may press send). Found by its Message-ID (kept as internetMessageId, which Graph
    /// filters on) it is the draft the next run sends, or, already sent, what it marks sent. With
    /// <paramref name="all"/>, every match (both ways, once each), else the first.
    /// </summary>
    private async Task<IReadOnlyList<MailboxMessage>> FindAsync(string folder, string tag, bool all, CancellationToken cancellationToken)
    {
        var quotedTag = tag.Replace("'", "''", StringComparison.Ordinal);
        var byTag = await FindWhereAsync(
            folder,
            $"singleValueExtendedProperties/Any(ep: ep/id eq '{TagPropertyId}' and ep/value eq '{quotedTag}')",
            m => m.SingleValueExtendedProperties?.Any(p =>
                string.Equals(p.Id, TagPropertyId, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Value, tag, StringComparison.Ordinal)) == true,
            all,
            cancellationToken);
        if (byTag.Count > 0 && !all)
        {
            return byTag;
        }

        var messageId = MessageIdFor(tag);
        var byMessageId = await FindWhereAsync(
            folder,
            $"internetMessageId eq '{messageId}'",
            m => string.Equals(m.InternetMessageId, messageId, StringComparison.OrdinalIgnoreCase),
            all,
            cancellationToken);
        return byTag.Concat(byMessageId).DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<MailboxMessage>> FindWhereAsync(string folder, string filter, Func<Message, bool> matches, bool all, CancellationToken cancellationToken)
    {
        var what = "searching " + folder + " for a survey message";
        var found = new List<MailboxMessage>();
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
            found.AddRange((page.Value ?? []).Where(m => m.Id is not null && matches(m)).Select(m => new MailboxMessage(m.Id!, m.ConversationId, m.InternetMessageId)));
            if (found.Count > 0 && !all)
            {
                return found;
            }

            page = page.OdataNextLink is { } next
                ? await GraphMailboxErrors.CallAsync(what, () => client.Users[mailbox].MailFolders[folder].Messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken), cancellationToken)
                : null;
        }

        return found;
    }

    /// <summary>
    /// Sets the tag property. Exchange answers 409 (ErrorIrresolvableConflict) when the new draft changed under the
    /// update (its own processing of the MIME body); the draft is read again and the update repeated, never given up
    /// as a refusal.
    /// </summary>
    private async Task TagAsync(string id, string tagValue, CancellationToken cancellationToken)
    {
        var tag = new Message { SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = TagPropertyId, Value = tagValue }] };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await GraphMailboxErrors.CallAsync("tagging a survey draft", () => client.Users[mailbox].Messages[id].PatchAsync(tag, cancellationToken: cancellationToken), cancellationToken);
                return;
            }
            catch (SurveyMailboxException error) when (error.Status == 409 && attempt < TagTries)
            {
                await GraphMailboxErrors.CallAsync(
                    "reading a survey draft again",
                    () => client.Users[mailbox].Messages[id].GetAsync(rc => rc.QueryParameters.Select = ["id", "changeKey"], cancellationToken),
                    cancellationToken);
            }
        }
    }
}
