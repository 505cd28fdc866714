using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Scheduling;

/// <summary>How a job's work ended, in a sentence for <c>tarmeem status</c> (never personal data).</summary>
internal sealed record JobResult(JobOutcome Outcome, string Message)
{
    public static JobResult Done(string message) => new(JobOutcome.Succeeded, message);

    public static JobResult Skipped(string message) => new(JobOutcome.Skipped, message);
}
