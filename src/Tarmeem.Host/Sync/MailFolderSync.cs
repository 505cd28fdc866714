using Tarmeem.Core.Domain;
using Tarmeem.Host.Graph;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>
/// Syncs one folder of the shared mailbox: the inbox gives inquiries (per conversation, received at its first message),
/// Sent Items their first responses. Removed messages are ignored: an inquiry once received stays received, even when
/// staff file the mail elsewhere. A message without a conversation id or a time is quarantined, never dropped. Each
/// message's flag and categories (<see cref="MailCategoryCatalog"/>) travel with its timing, so a conversation is
/// resolved, re-filed or excluded as staff mark it, and reopened when they unmark it.
/// </summary>
internal sealed class MailFolderSync(IMailboxDeltaSource mailbox, ISyncStateStore state, MailboxSourceOptions options, int pageSize, TimeProvider time)
{
    public const string InboxSource = "mailbox:inbox";
    public const string SentSource = "mailbox:sent";

    private readonly MailCategoryCatalog categories = new(options);

    public async Task SyncAsync(MailFolderRole role, SourceRun run, CancellationToken cancellationToken)
    {
        var (source, folder) = role == MailFolderRole.Incoming ? (InboxSource, options.InboxFolder) : (SentSource, options.SentFolder);
        var cursor = await state.GetCursorAsync(source, cancellationToken);
        var (link, round, full) = cursor.Link is null ? (null, cursor.Round + 1, true) : (cursor.Link, cursor.Round, cursor.FullRound);
        var restarted = false;
        while (true)
        {
            DeltaPage<MailMessageDelta> page;
            try
            {
                page = await mailbox.GetDeltaPageAsync(options.Address, folder, pageSize, link, cancellationToken);
            }
            catch (DeltaLinkExpiredException) when (!restarted && link is not null)
            {
                run.Progress($"the saved position expired; reading folder '{folder}' again from the start");
                (link, round, full, restarted) = (null, round + 1, true, true);
                continue;
            }

            var end = page.DeltaLink is not null;
            var next = page.DeltaLink ?? page.NextLink
                ?? throw new GraphSourceException($"Graph answered a page of folder '{folder}' with neither a next nor a delta link.");
            var seenAt = time.GetUtcNow();
            var timings = new List<MailMessageTiming>();
            var unreadable = new List<QuarantinedRecord>();
            foreach (var m in page.Items.Where(m => !m.Removed))
            {
                var (at, from) = role == MailFolderRole.Incoming ? (m.Received ?? m.Sent, m.From) : (m.Sent ?? m.Received, null);
                if (m.ConversationId is null || at is null)
                {
                    unreadable.Add(new QuarantinedRecord { Source = source, SourceId = m.Id, Reason = Unreadable(m.ConversationId, at), Problem = QuarantineProblem.UnplaceableMessage, SeenAt = seenAt });
                    continue;
                }

                timings.Add(new MailMessageTiming(m.Id, m.ConversationId, at.Value, from, Marks(m, seenAt)));
            }

            var counts = await state.ApplyMailPageAsync(
                new MailSyncPage
                {
                    Source = source,
                    Role = role,
                    Round = round,
                    FullRound = full && !end,
                    Messages = timings,
                    Unreadable = unreadable,
                    Link = next,
                    Channel = options.ChannelValue,
                    Branch = options.BranchValue,
                    SeenAt = seenAt,
                },
                cancellationToken);
            run.Add(counts, full);
            if (end)
            {
                return;
            }

            link = next;
        }
    }

    private static string Unreadable(string? conversationId, DateTimeOffset? at) => (conversationId, at) switch
    {
        (null, null) => "the message has neither a conversation id nor a received or sent time; it cannot become an inquiry",
        (null, _) => "the message has no conversation id; it cannot be joined to an inquiry",
        _ => "the message has no received or sent time; it cannot be placed in any period",
    };

    /// <summary>A category has no time of its own in Graph: the message's last change is the nearest, else now.</summary>
    private MailMarks Marks(MailMessageDelta message, DateTimeOffset seenAt) =>
        categories.Read(message.Categories ?? [], message.FlagCompleted, message.LastModified ?? seenAt);
}
