using System.Net;
using Tarmeem.Host.Cli;
using Tarmeem.Testing.Processes;

namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>
/// One <c>tarmeem serve</c> process — the built <c>tarmeem.dll</c>, started as an operator starts it with a settings
/// file — on its own port and data folder. <see cref="Kill"/> is <c>kill -9</c>.
/// </summary>
internal sealed class ServeNode : IDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly DotnetChild process;

    private ServeNode(string name, string origin, DotnetChild process)
    {
        Name = name;
        Origin = origin;
        this.process = process;
    }

    /// <summary>The node id it runs under (<c>Tarmeem:Schedule:NodeId</c>).</summary>
    public string Name { get; }

    public string Origin { get; }

    public bool HasExited => process.HasExited;

    public string Output => process.Output;

    public static ServeNode Start(string name, string origin, string config, IReadOnlyDictionary<string, string> environment) =>
        new(name, origin, DotnetChild.Start(typeof(ServeCommand).Assembly.Location, ["serve", "--config", config], environment));

    /// <summary>Waits until <c>/health</c> answers 200; fails with the node's output when it exits or the time is up.</summary>
    public Task WaitHealthyAsync(TimeSpan limit) =>
        Eventually.HoldsAsync(
            async () => !process.HasExited && await IsHealthyAsync(),
            limit,
            () => $"{Name} did not become healthy{(process.HasExited ? " (it exited)" : "")}:\n{Output}");

    public void Kill() => process.Kill();

    public void Dispose() => process.Dispose();

    private async Task<bool> IsHealthyAsync()
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(Origin + "/health"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
