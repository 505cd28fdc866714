namespace Tarmeem.Host.Graph;

/// <summary>Our narrow view of a mailbox's Outlook category master list (<c>/outlook/masterCategories</c>).</summary>
internal interface IMailboxCategories
{
    /// <summary>The display names on the master list (needs MailboxSettings.Read).</summary>
    /// <exception cref="GraphSourceException">Graph refused or stayed unavailable after the retries.</exception>
    Task<IReadOnlyList<string>> GetNamesAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>Adds a category (needs MailboxSettings.ReadWrite); false when one of that name was already there (409).</summary>
    /// <exception cref="GraphSourceException">Graph refused or stayed unavailable after the retries.</exception>
    /// <exception cref="GraphOutcomeUnknownException">No clear answer: read the list to learn whether it was created.</exception>
    Task<bool> CreateAsync(string mailbox, string displayName, string color, CancellationToken cancellationToken);
}
