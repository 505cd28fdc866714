using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Faults;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>Mailboxes, folders and messages the server answers with, and every message sent. Thread-safe.</summary>
public sealed class MailStore(TimeProvider time, SlowOutbox outbox)
{
    private readonly ConcurrentDictionary<string, MailboxState> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _sentGate = new();
    private readonly List<SentMailRecord> _sent = [];
    private readonly ConcurrentDictionary<string, AttachmentUploadSession> _uploads = new(StringComparer.Ordinal);
    private readonly Lock _fragmentGate = new();
    private readonly List<AttachmentFragment> _fragments = [];
    private readonly Lock _outboxGate = new();
    private readonly List<OutboxEntry> _outbox = [];

    /// <summary>Adds a mailbox reachable as <c>/users/{userId}</c> and <c>/users/{userPrincipalName}</c>, with Inbox, Sent Items, Drafts, Outbox and Deleted Items.</summary>
    public void AddMailbox(string userId, string userPrincipalName, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userPrincipalName);
        if (!_mailboxes.TryAdd(userId, new MailboxState(userId, userPrincipalName, displayName ?? userPrincipalName)))
        {
            throw new InvalidOperationException($"A mailbox for user '{userId}' was already added.");
        }
    }

    /// <summary>The id of a folder given its well-known name (inbox, sentitems, drafts, deleteditems) or id.</summary>
    public string FolderId(string user, string folder) => Folder(Mailbox(user), folder).Id;

    public string AddFolder(string user, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var folder = new MailFolderState(MailIds.New("AAMkAGFolder"), displayName, null);
        Mailbox(user).Folders[folder.Id] = folder;
        return folder.Id;
    }

    public string AddMessage(string user, string folder, MessageSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return AddMessage(user, folder, MessageJson.FromSeed(seed));
    }

    /// <summary>Stores a message given as Graph JSON; id, folder, change key and missing timestamps are filled in. Returns the id.</summary>
    public string AddMessage(string user, string folder, JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mailbox = Mailbox(user);
        return Store(mailbox, Folder(mailbox, folder), (JsonObject)message.DeepClone())["id"]!.GetValue<string>();
    }

    /// <summary>Changes a message in place (e.g. mark read) and records the change for delta.</summary>
    public void UpdateMessage(string user, string messageId, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var mailbox = Mailbox(user);
        var folder = mailbox.FolderOf(messageId) ?? throw NoMessage(user, messageId);
        Change(folder, messageId, change);
    }

    public void DeleteMessage(string user, string messageId)
    {
        var mailbox = Mailbox(user);
        var folder = mailbox.FolderOf(messageId) ?? throw NoMessage(user, messageId);
        folder.Messages.Remove(messageId);
        mailbox.MessageFolders.TryRemove(messageId, out _);
    }

    /// <summary>Moves a message; like Exchange, the moved copy gets a new id (returned) and leaves a removal in the source folder's delta.</summary>
    public string MoveMessage(string user, string messageId, string destinationFolder)
    {
        var mailbox = Mailbox(user);
        var target = Folder(mailbox, destinationFolder);
        var source = mailbox.FolderOf(messageId) ?? throw NoMessage(user, messageId);
        var message = source.Messages.Get(messageId) ?? throw NoMessage(user, messageId);
        DeleteMessage(user, messageId);
        return Store(mailbox, target, message)["id"]!.GetValue<string>();
    }

    /// <summary>Copies of the messages in a folder, oldest first.</summary>
    public IReadOnlyList<JsonObject> Messages(string user, string folder) =>
        Folder(Mailbox(user), folder).Messages.Snapshot().Entries.Select(e => e.State!).ToList();

    /// <summary>Every message accepted for sending, in order.</summary>
    public IReadOnlyList<SentMailRecord> Sent
    {
        get
        {
            lock (_sentGate)
            {
                return _sent.ToArray();
            }
        }
    }

    /// <summary>The file attachments of a message (a draft or a filed copy), in the order they were added.</summary>
    public IReadOnlyList<MailAttachment> Attachments(string user, string messageId)
    {
        var mailbox = Mailbox(user);
        var message = mailbox.FolderOf(messageId)?.Messages.Get(messageId) ?? throw NoMessage(user, messageId);
        return MailAttachment.ListFrom(message);
    }

    /// <summary>Every PUT that reached an attachment upload session, accepted or refused, in order.</summary>
    public IReadOnlyList<AttachmentFragment> AttachmentFragments
    {
        get
        {
            lock (_fragmentGate)
            {
                return _fragments.ToArray();
            }
        }
    }

    /// <summary>Every look at a mailbox (a request or a test's) first moves what a slow Outbox held long enough.</summary>
    internal MailboxState? FindMailbox(string idOrUpn)
    {
        DrainOutbox();
        return _mailboxes.TryGetValue(idOrUpn, out var byId)
            ? byId
            : _mailboxes.Values.FirstOrDefault(m => string.Equals(m.UserPrincipalName, idOrUpn, StringComparison.OrdinalIgnoreCase));
    }

    internal JsonObject Store(MailboxState mailbox, MailFolderState folder, JsonObject message)
    {
        var id = MailIds.New("AAMkAGMsg");
        MessageJson.Stored(message, id, folder.Id, time.GetUtcNow());
        mailbox.MessageFolders[id] = folder.Id;
        folder.Messages.Upsert(id, message);
        return (JsonObject)message.DeepClone();
    }

    /// <summary>Records a send and, when asked, files a copy in Sent Items.</summary>
    internal SentMailRecord Send(MailboxState mailbox, JsonObject message, bool saveToSentItems, string via)
    {
        var now = time.GetUtcNow();
        message["from"] ??= MessageJson.Address(mailbox.UserPrincipalName, mailbox.DisplayName);
        message["sender"] ??= message["from"]!.DeepClone();
        message["isDraft"] = false;
        message["sentDateTime"] = SharePoint.FieldValues.FormatDate(now);
        message["receivedDateTime"] = SharePoint.FieldValues.FormatDate(now);
        string? savedId = null;
        var delay = outbox.Delay;
        if (delay > TimeSpan.Zero)
        {
            savedId = Store(mailbox, Folder(mailbox, "outbox"), (JsonObject)message.DeepClone())["id"]!.GetValue<string>();
            lock (_outboxGate)
            {
                _outbox.Add(new OutboxEntry(mailbox, savedId, now + delay, saveToSentItems));
            }
        }
        else if (saveToSentItems)
        {
            savedId = Store(mailbox, Folder(mailbox, "sentitems"), (JsonObject)message.DeepClone())["id"]!.GetValue<string>();
        }

        var record = new SentMailRecord(mailbox.UserId, (JsonObject)message.DeepClone(), now, via, savedId);
        lock (_sentGate)
        {
            _sent.Add(record);
        }

        return record;
    }

    /// <summary>Changes a message as a PATCH does; false when it is gone (sent or deleted).</summary>
    internal bool Update(MailboxState mailbox, string messageId, Action<JsonObject> change) =>
        mailbox.FolderOf(messageId) is { } folder && Change(folder, messageId, change);

    /// <summary>Adds a stored attachment to a message; false when the message is gone (sent or deleted).</summary>
    internal bool AddAttachment(string user, string messageId, JsonObject attachment)
    {
        var folder = FindMailbox(user)?.FolderOf(messageId);
        return folder is not null && Change(folder, messageId, m => AttachmentJson.Append(m, attachment));
    }

    internal string OpenAttachmentSession(AttachmentUploadSession session)
    {
        var id = MailIds.New("AAMkAGSession");
        _uploads[id] = session;
        return id;
    }

    internal AttachmentUploadSession? FindAttachmentSession(string id) => _uploads.GetValueOrDefault(id);

    internal void CloseAttachmentSession(string id)
    {
        _uploads.TryRemove(id, out _);
    }

    internal void RecordFragment(AttachmentFragment fragment)
    {
        lock (_fragmentGate)
        {
            _fragments.Add(fragment);
        }
    }

    private void DrainOutbox()
    {
        OutboxEntry[] due;
        var now = time.GetUtcNow();
        lock (_outboxGate)
        {
            if (_outbox.Count == 0)
            {
                return;
            }

            due = _outbox.Where(e => e.Due <= now).ToArray();
            _outbox.RemoveAll(e => e.Due <= now);
        }

        foreach (var entry in due)
        {
            var folder = Folder(entry.Mailbox, "outbox");
            var message = folder.Messages.Get(entry.MessageId);
            folder.Messages.Remove(entry.MessageId);
            entry.Mailbox.MessageFolders.TryRemove(entry.MessageId, out _);
            if (message is not null && entry.SaveToSentItems)
            {
                Store(entry.Mailbox, Folder(entry.Mailbox, "sentitems"), message);
            }
        }
    }

    private bool Change(MailFolderState folder, string messageId, Action<JsonObject> change) =>
        folder.Messages.Update(messageId, m =>
        {
            change(m);
            m["lastModifiedDateTime"] = SharePoint.FieldValues.FormatDate(time.GetUtcNow());
        });

    private MailboxState Mailbox(string user) =>
        FindMailbox(user) ?? throw new KeyNotFoundException($"No mailbox '{user}' was added; call AddMailbox first.");

    private static MailFolderState Folder(MailboxState mailbox, string folder) =>
        mailbox.FindFolder(folder) ?? throw new KeyNotFoundException($"Mailbox '{mailbox.UserId}' has no folder '{folder}' (well-known name or id).");

    private static KeyNotFoundException NoMessage(string user, string messageId) =>
        new($"Mailbox '{user}' has no message '{messageId}'.");
}
