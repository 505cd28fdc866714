using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Graph;
using Tarmeem.Store.Sync;

namespace Tarmeem.Host.Sync;

/// <summary>
/// Pulls the configured lists and mailbox into the store, incrementally. Knows nothing of how it is started (the CLI
/// now, the scheduler later). Each page is applied with its resume link in one transaction; an expired link starts
/// a full round whose end removes what it did not see; a source that fails stops alone, with a message, and the
/// next run resumes it from its last saved page.
/// </summary>
internal sealed class GraphSyncService(
    IListDeltaSource lists,
    IMailboxDeltaSource mailbox,
    IOptions<SourcesOptions> sources,
    IOptions<GraphOptions> graph,
    TimeProvider time,
    ILogger<GraphSyncService> logger)
{
    public async Task<SyncSummary> SyncAsync(ISyncStateStore state, IProgress<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(progress);
        var stopwatch = Stopwatch.StartNew();
        var settings = sources.Value;
        var results = new List<SourceSyncResult>();
        var sites = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in ListSource.From(settings))
        {
            results.Add(await RunAsync(source.Name, progress, run => SyncListAsync(source, state, sites, run, cancellationToken)));
        }

        if (settings.Mailbox is { } mail)
        {
            var folders = new MailFolderSync(mailbox, state, mail, graph.Value.PageSize, time);
            results.Add(await RunAsync(MailFolderSync.InboxSource, progress, run => folders.SyncAsync(MailFolderRole.Incoming, run, cancellationToken)));
            results.Add(await RunAsync(MailFolderSync.SentSource, progress, run => folders.SyncAsync(MailFolderRole.Sent, run, cancellationToken)));
        }

        return new SyncSummary(results, stopwatch.Elapsed);
    }

    private async Task<SourceSyncResult> RunAsync(string name, IProgress<string> progress, Func<SourceRun, Task> body)
    {
        var run = new SourceRun(name, progress);
        try
        {
            await body(run);
            SyncLog.Synced(logger, name, run.Counts.Added, run.Counts.Changed, run.Counts.Deleted, run.Counts.Quarantined, run.Pages);
            return run.Result(null);
        }
        catch (Exception error) when (error is SourceSyncException or GraphSourceException or DeltaLinkExpiredException)
        {
            var message = error.Message + (run.Pages > 0
                ? $" {run.Pages} page(s) were saved before it stopped; the next run resumes after them."
                : " Nothing was changed for this source; the next run starts from its last saved position.");
            SyncLog.Failed(logger, name, message);
            return run.Result(message);
        }
    }

    private async Task SyncListAsync(
        ListSource source, ISyncStateStore state, Dictionary<string, string> sites, SourceRun run, CancellationToken cancellationToken)
    {
        if (!sites.TryGetValue(source.Options.Site, out var siteId))
        {
            siteId = await lists.ResolveSiteAsync(source.Options.Site, cancellationToken);
            sites[source.Options.Site] = siteId;
        }

        var problems = ColumnVerifier.Problems(source, await lists.GetColumnsAsync(siteId, source.Options.List, cancellationToken));
        if (problems.Count > 0)
        {
            throw new SourceSyncException(string.Join(" ", problems));
        }

        var mapper = new RecordMapper(source);
        var cursor = await state.GetCursorAsync(source.Name, cancellationToken);
        var (link, round, full) = cursor.Link is null ? (null, cursor.Round + 1, true) : (cursor.Link, cursor.Round, cursor.FullRound);
        var restarted = false;
        while (true)
        {
            DeltaPage<ListItemDelta> page;
            try
            {
                page = await lists.GetDeltaPageAsync(siteId, source.Options.List, source.SelectedColumns, graph.Value.PageSize, link, cancellationToken);
            }
            catch (DeltaLinkExpiredException) when (!restarted && link is not null)
            {
                SyncLog.Resync(logger, source.Name);
                run.Progress($"the saved position expired; reading list '{source.Options.List}' again from the start");
                (link, round, full, restarted) = (null, round + 1, true, true);
                continue;
            }

            var end = page.DeltaLink is not null;
            var next = page.DeltaLink ?? page.NextLink
                ?? throw new GraphSourceException($"Graph answered a page of list '{source.Options.List}' with neither a next nor a delta link.");
            var counts = await state.ApplyListPageAsync(
                new ListSyncPage
                {
                    Source = source.Name,
                    Kind = source.Kind,
                    Round = round,
                    FullRound = full,
                    Changes = page.Items.Select(mapper.Map).ToList(),
                    Link = next,
                    EndOfRound = end,
                    SeenAt = time.GetUtcNow(),
                },
                cancellationToken);
            run.Add(counts, full);
            if (end)
            {
                return;
            }

            link = next;
        }
    }
}
