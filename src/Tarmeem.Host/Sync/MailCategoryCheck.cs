using Tarmeem.Host.Graph;

namespace Tarmeem.Host.Sync;

/// <summary>
/// The mailbox part of <c>tarmeem check</c>: which of the categories staff need (<see cref="MailCategoryCatalog"/>) its
/// master list lacks, and with <c>--fix</c> creates them. A create that got no clear answer is settled by reading the
/// list again, so a second run never makes a duplicate.
/// </summary>
internal static class MailCategoryCheck
{
    public static async Task AddFindingsAsync(
        IMailboxCategories categories, MailboxSourceOptions mail, bool fix, List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        const string key = SourcesOptions.Section + ":Mailbox:Address";
        HashSet<string> existing;
        try
        {
            existing = (await categories.GetNamesAsync(mail.Address, cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (GraphSourceException error)
        {
            findings.Add(new(false, $"{key}: cannot read the mailbox's category list ({error.Message}); grant MailboxSettings.Read, or MailboxSettings.ReadWrite for check --fix (see the README)."));
            return;
        }

        var missing = new MailCategoryCatalog(mail).All.Where(c => !existing.Contains(c.DisplayName)).ToList();
        if (missing.Count == 0)
        {
            findings.Add(new(true, $"mailbox {mail.Address}: every category staff use is on its master list"));
            return;
        }

        foreach (var category in missing)
        {
            findings.Add(fix
                ? await CreateAsync(categories, mail.Address, category, cancellationToken)
                : new(false, $"mailbox {mail.Address}: category «{category.DisplayName}» is missing; create it with colour {category.Color} (Outlook: Categorize → All categories → New), or run `tarmeem check --fix`."));
        }
    }

    private static async Task<CheckFinding> CreateAsync(IMailboxCategories categories, string mailbox, MailCategory category, CancellationToken cancellationToken)
    {
        try
        {
            var created = await categories.CreateAsync(mailbox, category.DisplayName, category.Color, cancellationToken);
            return new(true, $"mailbox {mailbox}: category «{category.DisplayName}» {(created ? "created" : "was already there")}");
        }
        catch (Exception error) when (error is GraphOutcomeUnknownException or GraphSourceException { Transient: true })
        {
            var names = await categories.GetNamesAsync(mailbox, cancellationToken);
            return names.Contains(category.DisplayName, StringComparer.OrdinalIgnoreCase)
                ? new(true, $"mailbox {mailbox}: category «{category.DisplayName}» created")
                : new(false, $"mailbox {mailbox}: category «{category.DisplayName}» could not be created ({error.Message}); run `tarmeem check --fix` again.");
        }
        catch (GraphSourceException error)
        {
            return new(false, $"mailbox {mailbox}: category «{category.DisplayName}» could not be created ({error.Message}); grant MailboxSettings.ReadWrite (see the README) or create it in Outlook.");
        }
    }
}
