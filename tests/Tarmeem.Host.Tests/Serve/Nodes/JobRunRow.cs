namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>A row of <c>job_runs</c> as the nodes left it: which node, how it ended, when (unix ms).</summary>
internal sealed record JobRunRow(string Node, string Outcome, long StartedAt, long? FinishedAt, string? Message)
{
    public override string ToString() => $"{Node} {Outcome} {StartedAt}..{FinishedAt}: {Message}";
}
