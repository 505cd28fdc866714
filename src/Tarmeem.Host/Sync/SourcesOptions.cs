namespace Tarmeem.Host.Sync;

/// <summary>
/// Section <c>Tarmeem:Sources</c>: what to read from Microsoft 365 and how its columns and choices map to the
/// model. A source left out is not synced; <c>tarmeem sync</c> needs at least one.
/// </summary>
internal sealed class SourcesOptions
{
    public const string Section = "Tarmeem:Sources";

    /// <summary>The case register list (one item per support case).</summary>
    public ListSourceOptions? Cases { get; set; }

    /// <summary>The inquiry log list (one item per inquiry).</summary>
    public ListSourceOptions? Inquiries { get; set; }

    /// <summary>The shared inquiries mailbox.</summary>
    public MailboxSourceOptions? Mailbox { get; set; }

    public bool IsEmpty => Cases is null && Inquiries is null && Mailbox is null;
}
