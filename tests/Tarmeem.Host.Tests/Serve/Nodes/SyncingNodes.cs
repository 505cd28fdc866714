using Tarmeem.Host.Tests.Sync;

namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>Two serve nodes for one test class, the sync job every second against a case list of one case.</summary>
public sealed class SyncingNodes : IAsyncLifetime
{
    private TwoServeNodes? nodes;

    internal TwoServeNodes Nodes => nodes ?? throw new InvalidOperationException("The nodes have not started.");

    public async Task InitializeAsync() =>
        nodes = await TwoServeNodes.StartAsync(
            new Dictionary<string, string> { ["Sync"] = "* * * * * ?" },
            graph => ListFixture.Create(graph).AddCase(1));

    public async Task DisposeAsync()
    {
        if (nodes is not null)
        {
            await nodes.DisposeAsync();
        }
    }
}
