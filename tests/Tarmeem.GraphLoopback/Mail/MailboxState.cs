using System.Collections.Concurrent;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>One user's mailbox: well-known folders plus any a test adds, and which folder holds each message.</summary>
internal sealed class MailboxState
{
    private static readonly (string WellKnown, string DisplayName)[] WellKnownFolders =
    [
        ("inbox", "Inbox"),
        ("sentitems", "Sent Items"),
        ("drafts", "Drafts"),
        ("outbox", "Outbox"),
        ("deleteditems", "Deleted Items"),
    ];

    public MailboxState(string userId, string userPrincipalName, string displayName)
    {
        UserId = userId;
        UserPrincipalName = userPrincipalName;
        DisplayName = displayName;
        foreach (var (wellKnown, name) in WellKnownFolders)
        {
            var folder = new MailFolderState(MailIds.New("AAMkAGFolder"), name, wellKnown);
            Folders[folder.Id] = folder;
        }
    }

    public string UserId { get; }

    public string UserPrincipalName { get; }

    public string DisplayName { get; }

    public ConcurrentDictionary<string, MailFolderState> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>Message id → folder id.</summary>
    public ConcurrentDictionary<string, string> MessageFolders { get; } = new(StringComparer.Ordinal);

    public MailFolderState? FindFolder(string idOrWellKnownName) =>
        Folders.TryGetValue(idOrWellKnownName, out var byId)
            ? byId
            : Folders.Values.FirstOrDefault(f => string.Equals(f.WellKnownName, idOrWellKnownName, StringComparison.OrdinalIgnoreCase));

    public MailFolderState? FolderOf(string messageId) =>
        MessageFolders.TryGetValue(messageId, out var folderId) ? Folders.GetValueOrDefault(folderId) : null;
}
