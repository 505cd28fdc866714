namespace Tarmeem.Host.Delivery;

/// <summary>Sends a report e-mail; the Graph implementation is <see cref="GraphReportMailer"/>.</summary>
public interface IReportMailer
{
    Task SendAsync(ReportMail mail, CancellationToken cancellationToken);
}
