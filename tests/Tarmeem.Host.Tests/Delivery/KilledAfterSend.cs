using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Tests.Delivery;

/// <summary>
/// Stands for the process being stopped right after the report e-mail went out and before the delivery log heard of
/// it: the real mailer sends, then the run's own token is cancelled, as a shutdown would, and nothing after it runs.
/// </summary>
internal sealed class KilledAfterSend(IReportMailer inner) : IReportMailer
{
    /// <summary>The token source of the run to stop; null once it has been used (later runs go through).</summary>
    public CancellationTokenSource? Run { get; set; }

    public async Task SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        await inner.SendAsync(mail, cancellationToken);
        if (Run is { } run)
        {
            Run = null;
            await run.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public Task<bool> WasSentAsync(string tag, CancellationToken cancellationToken) => inner.WasSentAsync(tag, cancellationToken);

    public Task<int> DiscardDraftsAsync(string tag, CancellationToken cancellationToken) => inner.DiscardDraftsAsync(tag, cancellationToken);
}
