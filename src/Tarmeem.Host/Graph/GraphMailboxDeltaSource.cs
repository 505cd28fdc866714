using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Tarmeem.Host.Graph;

/// <summary>
/// <see cref="IMailboxDeltaSource"/> over the real <see cref="GraphServiceClient"/>. Outlook allows an app four
/// concurrent requests per mailbox; a semaphore per mailbox keeps us within that whoever calls.
/// </summary>
internal sealed class GraphMailboxDeltaSource(GraphServiceClient client) : IMailboxDeltaSource, IDisposable
{
    public const int MaxConcurrentRequestsPerMailbox = 4;

    /// <summary>
    /// Only what response times and surveys need: the sender is the address an inquirer is surveyed at (kept only in
    /// the survey contacts, under retention); the flag and categories are how staff resolve, re-file or exclude a
    /// conversation. Never body, subject or attachments.
    /// </summary>
    private static readonly string[] Selected = ["id", "conversationId", "receivedDateTime", "sentDateTime", "from", "flag", "categories", "lastModifiedDateTime"];

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    public Task<string> CheckFolderAsync(string mailbox, string folder, CancellationToken cancellationToken) =>
        LimitedAsync(mailbox, () => GraphErrorTranslator.CallAsync($"folder '{folder}' of mailbox '{mailbox}'", async () =>
        {
            var found = await client.Users[mailbox].MailFolders[folder].GetAsync(c => c.QueryParameters.Select = ["id", "displayName"], cancellationToken);
            return found?.DisplayName ?? folder;
        }), cancellationToken);

    public Task ListFolderAsync(string mailbox, string folder, CancellationToken cancellationToken) =>
        LimitedAsync(mailbox, () => GraphErrorTranslator.CallAsync($"the messages of folder '{folder}' of mailbox '{mailbox}'", async () =>
        {
            await client.Users[mailbox].MailFolders[folder].Messages.GetAsync(
                c =>
                {
                    c.QueryParameters.Top = 1;
                    c.QueryParameters.Select = ["id"];
                },
                cancellationToken);
            return true;
        }), cancellationToken);

    public Task<DeltaPage<MailMessageDelta>> GetDeltaPageAsync(
        string mailbox, string folder, int pageSize, string? link, CancellationToken cancellationToken)
    {
        var delta = client.Users[mailbox].MailFolders[folder].Messages.Delta;
        return LimitedAsync(mailbox, () => GraphErrorTranslator.CallAsync($"the changes of folder '{folder}' of mailbox '{mailbox}'", async () =>
        {
            var page = link is null
                ? await delta.GetAsDeltaGetResponseAsync(
                    c =>
                    {
                        c.QueryParameters.Select = Selected;
                        c.Headers.Add("Prefer", "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture));
                    },
                    cancellationToken)
                : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(
                    c => c.Headers.Add("Prefer", "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture)),
                    cancellationToken);
            var messages = (page?.Value ?? []).Select(ToDelta).ToList();
            return new DeltaPage<MailMessageDelta>(messages, page?.OdataNextLink, page?.OdataDeltaLink);
        }), cancellationToken);
    }

    public void Dispose()
    {
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }

    private async Task<T> LimitedAsync<T>(string mailbox, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(MaxConcurrentRequestsPerMailbox));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await call();
        }
        finally
        {
            gate.Release();
        }
    }

    private static MailMessageDelta ToDelta(Message message) => new(
        message.Id ?? throw new GraphSourceException("Graph returned a message without an id."),
        message.AdditionalData.ContainsKey("@removed"),
        message.ConversationId,
        message.ReceivedDateTime,
        message.SentDateTime,
        message.From?.EmailAddress?.Address,
        message.Flag?.FlagStatus == FollowupFlagStatus.Complete
            ? DateTimeTimeZoneReader.Read(message.Flag.CompletedDateTime) ?? message.LastModifiedDateTime
            : null,
        message.Categories ?? [],
        message.LastModifiedDateTime);
}
