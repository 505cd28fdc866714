namespace Tarmeem.Store.Sync;

/// <summary>What a mailbox folder tells about inquiries.</summary>
public enum MailFolderRole
{
    /// <summary>Mail received: each conversation is an inquiry, received at its first message.</summary>
    Incoming = 1,

    /// <summary>Mail the mailbox sent: the first one after an inquiry's receipt is its first response.</summary>
    Sent = 2,
}
