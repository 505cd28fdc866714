using System.Collections.Concurrent;
using Tarmeem.Host.Delivery;

namespace Tarmeem.Host.Tests.Scheduling;

/// <summary>Keeps every report e-mail instead of sending it.</summary>
internal sealed class RecordingMailer : IReportMailer
{
    public ConcurrentQueue<ReportMail> Sent { get; } = new();

    public Task SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
