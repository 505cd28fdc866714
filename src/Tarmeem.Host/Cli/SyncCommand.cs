using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Store;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Graph;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Sync;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Cli;

/// <summary><c>tarmeem sync</c>: pull the configured lists and mailbox into the local store, incrementally.</summary>
internal static class SyncCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command(
            "sync",
            "Pull cases and inquiries from Microsoft 365 (the lists and the shared mailbox in Tarmeem:Sources) into the local store. The first run reads everything; later runs read only the changes.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(context.Console, async console =>
        {
            using var host = HostFactory.Build(parseResult, context.ServiceOverrides);
            RequireSources(host.Services);
            _ = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
            await using var held = await host.Services.GetRequiredService<IJobLock>().AcquireForHandRunAsync(JobLocks.Sync, cancellationToken);
            await using var store = await host.Services.GetRequiredService<IStoreFactory>().OpenAsync(StoreArea.Live, cancellationToken);
            var summary = await host.Services.GetRequiredService<GraphSyncService>().SyncAsync(store.SyncState, console.Progress, cancellationToken);

            foreach (var source in summary.Sources)
            {
                var counts = source.Counts;
                console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source.Source}: {counts.Added} added, {counts.Changed} changed, {counts.Deleted} deleted, {counts.Quarantined} quarantined ({source.Pages} pages{(source.FullRound ? ", full read" : "")}){(source.Succeeded ? "" : " — STOPPED")}"));
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sync finished in {summary.Elapsed.TotalSeconds:0.00} s."));
            var failed = summary.Sources.Where(s => !s.Succeeded).ToList();
            if (failed.Count > 0)
            {
                throw new CommandInputException(string.Join(Environment.NewLine + "error: ", failed.Select(f => $"{f.Source}: {f.Error}")));
            }
        }));
        return command;
    }

    internal static SourcesOptions RequireSources(IServiceProvider services)
    {
        var sources = services.GetRequiredService<IOptions<SourcesOptions>>().Value;
        return sources.IsEmpty
            ? throw new CommandInputException(
                $"No source is configured: set {SourcesOptions.Section}:Cases, :Inquiries or :Mailbox in the file given with --config (see appsettings.example.json).")
            : sources;
    }
}
