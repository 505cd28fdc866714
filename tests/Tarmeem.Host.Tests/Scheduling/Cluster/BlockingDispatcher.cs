using Tarmeem.Host.Scheduling;

namespace Tarmeem.Host.Tests.Scheduling.Cluster;

/// <summary>A dispatch that says it started (a file appears, holding <paramref name="content"/>) and then never ends: the node dies under it.</summary>
internal sealed class BlockingDispatcher(string startedMarker, string content) : ISurveyDispatcher
{
    public async Task<JobResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(startedMarker + ".tmp", content, cancellationToken);
        File.Move(startedMarker + ".tmp", startedMarker);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return JobResult.Done("never");
    }
}
