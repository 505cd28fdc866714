using Microsoft.Extensions.DependencyInjection;
using Tarmeem.Host.Scheduling;

namespace Tarmeem.Host.Tests.Scheduling.Cluster;

/// <summary>
/// The test assembly's entry point: <c>dotnet Tarmeem.Host.Tests.dll cluster-node CONNECTION NODE DATA MARKER</c> runs one
/// clustered node (<see cref="ClusterNodes"/>) whose survey dispatch is scheduled once, ten seconds after the node
/// process started, and blocks once started, until the process is killed. The
/// marker file, written when the job starts, holds that expression for the other nodes. The test runner loads the
/// assembly as a library and never calls this.
/// </summary>
internal static class ClusterNodeProgram
{
    public const string Verb = "cluster-node";

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [Verb, var connectionString, var node, var data, var marker])
        {
            await Console.Error.WriteLineAsync($"usage: {Verb} CONNECTION NODE DATA MARKER");
            return 2;
        }

        // Margin for a loaded machine: a firing time passed before the node is up makes Quartz refuse the trigger.
        var cron = ClusterNodes.OnceAt(DateTimeOffset.UtcNow.AddSeconds(10));
        await using var harness = ClusterNodes.Create(node, connectionString, data, cron, new BlockingDispatcher(marker, cron));
        await harness.Services.GetRequiredService<SchedulerService>().StartAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync($"node {node} started");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
