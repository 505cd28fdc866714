namespace Tarmeem.Host.Graph;

/// <summary>Our narrow view of one mailbox through Graph: message timings and staff marks by folder, never subjects, bodies or attachments.</summary>
internal interface IMailboxDeltaSource
{
    /// <summary>Finds the mailbox's folder (signs in, proves access); returns its display name.</summary>
    Task<string> CheckFolderAsync(string mailbox, string folder, CancellationToken cancellationToken);

    /// <summary>Lists one message id of the folder, proving the app may read its messages (not only find it).</summary>
    /// <exception cref="GraphSourceException">Graph refused (e.g. 403 without the mailbox permission) or failed.</exception>
    Task ListFolderAsync(string mailbox, string folder, CancellationToken cancellationToken);

    /// <summary>One page of <c>/mailFolders/{folder}/messages/delta</c> selecting only id, conversation, times, sender, flag and categories.</summary>
    /// <exception cref="DeltaLinkExpiredException">The link is too old (410): start a full round.</exception>
    /// <exception cref="GraphSourceException">Graph refused or stayed unavailable after the retries.</exception>
    Task<DeltaPage<MailMessageDelta>> GetDeltaPageAsync(
        string mailbox, string folder, int pageSize, string? link, CancellationToken cancellationToken);
}
