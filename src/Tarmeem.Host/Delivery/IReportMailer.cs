namespace Tarmeem.Host.Delivery;

/// <summary>Sends a report e-mail and finds it again by its tag; the Graph implementation is <see cref="GraphReportMailer"/>.</summary>
internal interface IReportMailer
{
    Task SendAsync(ReportMail mail, CancellationToken cancellationToken);

    /// <summary>True when a message with this tag is in the sender's Outbox or Sent Items: it went out, or is going.</summary>
    Task<bool> WasSentAsync(string tag, CancellationToken cancellationToken);

    /// <summary>Deletes drafts with this tag that an interrupted send left behind; returns how many.</summary>
    Task<int> DiscardDraftsAsync(string tag, CancellationToken cancellationToken);
}
