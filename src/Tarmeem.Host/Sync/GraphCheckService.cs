using Azure.Core;
using Microsoft.Extensions.Options;
using Tarmeem.Core.Domain;
using Tarmeem.Host.Graph;
using Tarmeem.Surveys;

namespace Tarmeem.Host.Sync;

/// <summary>
/// <c>tarmeem check</c>: signs in, finds each site, list and the mailbox, verifies every mapped column exists with a
/// usable type, lists choices that map to nothing and the Outlook categories the mailbox lacks, and proves the survey
/// mailbox's Drafts and Sent Items can be listed. Reads no items; changes nothing, except that
/// <paramref name="fixCategories"/> of <c>CheckAsync</c> creates those categories.
/// </summary>
internal sealed class GraphCheckService(
    IListDeltaSource lists,
    IMailboxDeltaSource mailbox,
    IMailboxCategories categories,
    IOptions<SourcesOptions> sources,
    IOptions<SurveyOptions> surveys,
    TokenCredential credential)
{
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(IProgress<string> progress, CancellationToken cancellationToken) =>
        CheckAsync(progress, fixCategories: false, cancellationToken);

    public async Task<IReadOnlyList<CheckFinding>> CheckAsync(IProgress<string> progress, bool fixCategories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var findings = new List<CheckFinding>();
        progress.Report("Signing in …");
        try
        {
            await credential.GetTokenAsync(new TokenRequestContext(GraphClientBuilder.Scopes), cancellationToken);
            findings.Add(new(true, "signed in to Microsoft Graph"));
        }
        catch (Exception error) when (SignInFailure.Find(error) is { } failure)
        {
            findings.Add(new(false, SignInFailure.Describe(failure)));
            return findings;
        }

        foreach (var source in ListSource.From(sources.Value))
        {
            progress.Report($"Checking {source.Name} …");
            await CheckListAsync(source, findings, cancellationToken);
        }

        if (sources.Value.Mailbox is { } mail)
        {
            progress.Report("Checking the mailbox …");
            foreach (var (folder, key) in new[] { (mail.InboxFolder, "InboxFolder"), (mail.SentFolder, "SentFolder") })
            {
                try
                {
                    var name = await mailbox.CheckFolderAsync(mail.Address, folder, cancellationToken);
                    findings.Add(new(true, $"mailbox {mail.Address}: folder '{name}' readable"));
                }
                catch (GraphSourceException error)
                {
                    findings.Add(new(false, $"{SourcesOptions.Section}:Mailbox:Address / {key}: {error.Message}"));
                }
            }

            progress.Report(fixCategories ? "Checking and creating the mailbox's categories …" : "Checking the mailbox's categories …");
            await MailCategoryCheck.AddFindingsAsync(categories, mail, fixCategories, findings, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(surveys.Value.Mailbox))
        {
            progress.Report("Checking the survey mailbox …");
            await CheckSurveyMailboxAsync(surveys.Value.Mailbox, findings, cancellationToken);
        }

        return findings;
    }

    /// <summary>The survey sender writes drafts and looks for what it sent: both folders must be listable.</summary>
    private async Task CheckSurveyMailboxAsync(string address, List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        foreach (var (folder, name) in new[] { ("drafts", "Drafts"), ("sentitems", "Sent Items") })
        {
            try
            {
                await mailbox.ListFolderAsync(address, folder, cancellationToken);
                findings.Add(new(true, $"survey mailbox {address}: {name} can be listed"));
            }
            catch (GraphSourceException error)
            {
                findings.Add(new(false, $"{SurveyOptions.Section}:Mailbox: {name} of {address} cannot be listed: {error.Message}"));
            }
        }
    }

    private async Task CheckListAsync(ListSource source, List<CheckFinding> findings, CancellationToken cancellationToken)
    {
        string siteId;
        try
        {
            siteId = await lists.ResolveSiteAsync(source.Options.Site, cancellationToken);
            findings.Add(new(true, $"{source.Name}: site '{source.Options.Site}' found"));
        }
        catch (GraphSourceException error)
        {
            findings.Add(new(false, $"{source.ConfigKey}:Site: {error.Message}"));
            return;
        }

        IReadOnlyList<ListColumn> columns;
        try
        {
            columns = await lists.GetColumnsAsync(siteId, source.Options.List, cancellationToken);
            findings.Add(new(true, $"{source.Name}: list '{source.Options.List}' found; columns (internal name = display name): "
                + string.Join(", ", columns.Select(c => $"{c.Name} = {c.DisplayName} [{c.Type}]"))));
        }
        catch (GraphSourceException error)
        {
            findings.Add(new(false, $"{source.ConfigKey}:List: {error.Message}"));
            return;
        }

        var problems = ColumnVerifier.Problems(source, columns);
        findings.AddRange(problems.Select(p => new CheckFinding(false, p)));
        if (problems.Count == 0)
        {
            findings.Add(new(true, $"{source.Name}: every mapped column exists with a usable type"));
        }

        Unmapped<Channel>(source, columns, "Channel", source.Options.Channels, "Channels", "channel", findings);
        Unmapped<Branch>(source, columns, "Branch", source.Options.Branches, "Branches", "branch", findings);
        Unmapped<CaseDecision>(source, columns, "Decision", source.Options.Decisions, "Decisions", "decision (such items are quarantined)", findings);
    }

    private static void Unmapped<TEnum>(
        ListSource source, IReadOnlyList<ListColumn> columns, string field, IDictionary<string, string> entries, string mapKey, string what, List<CheckFinding> findings)
        where TEnum : struct, Enum
    {
        var name = source.Column(field);
        var column = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (column is null)
        {
            return;
        }

        var map = new ValueMap<TEnum>(entries);
        foreach (var choice in column.Choices.Where(c => !map.TryMap(c, out _)))
        {
            findings.Add(new(false, $"{source.ConfigKey}:{mapKey}: choice '{choice}' of column '{column.DisplayName}' maps to no {what}; add \"{choice}\": \"<{typeof(TEnum).Name}>\" there."));
        }
    }
}
