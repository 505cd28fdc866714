namespace Tarmeem.Host.Sync;

/// <summary>One Outlook category of the mailbox's master list: its name and a preset colour (preset0 … preset24).</summary>
internal sealed record MailCategory(string DisplayName, string Color);
