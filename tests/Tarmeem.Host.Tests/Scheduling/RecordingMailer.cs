using System.Collections.Concurrent;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>Keeps every report e-mail instead of sending it, and finds them again by their tag as a mailbox would.</summary>
internal sealed class RecordingMailer : IReportMailer
{
    public ConcurrentQueue<ReportMail> Sent { get; } = new();

    public Task SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    public Task<bool> WasSentAsync(string tag, CancellationToken cancellationToken) =>
        Task.FromResult(Sent.Any(m => m.Tag == tag));

    public Task<int> DiscardDraftsAsync(string tag, CancellationToken cancellationToken) => Task.FromResult(0);
}
