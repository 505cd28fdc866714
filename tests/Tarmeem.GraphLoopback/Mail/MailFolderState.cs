using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Delta;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>One mail folder and its messages (a change journal of message JSON).</summary>
internal sealed class MailFolderState(string id, string displayName, string? wellKnownName)
{
    public string Id { get; } = id;

    public string DisplayName { get; } = displayName;

    /// <summary>inbox, sentitems, drafts, deleteditems, or null for a folder a test made.</summary>
    public string? WellKnownName { get; } = wellKnownName;

    public ChangeJournal Messages { get; } = new();

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["displayName"] = DisplayName,
        ["parentFolderId"] = "AAMkAGMsgFolderRoot=",
        ["childFolderCount"] = 0,
        ["unreadItemCount"] = 0,
        ["totalItemCount"] = Messages.Count,
        ["isHidden"] = false,
    };
}
