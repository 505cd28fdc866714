using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Delivery;

/// <summary>What delivery writes to the log: counts, sizes, periods and file names; never an address or a body.</summary>
internal static partial class DeliveryLogMessages
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Report e-mail sent to {Recipients} recipients with {Files} files ({Bytes} bytes) via {Path}")]
    public static partial void MailSent(ILogger logger, int recipients, int files, long bytes, string path);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Filed {Path} ({Bytes} bytes) in the document library")]
    public static partial void Filed(ILogger logger, string path, long bytes);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Delivered the {Kind} report for {Period} (delivery {Count})")]
    public static partial void Delivered(ILogger logger, string kind, string period, int count);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "The {Kind} report for {Period} was already delivered at {DeliveredAt}; not sent again")]
    public static partial void AlreadyDelivered(ILogger logger, string kind, string period, DateTimeOffset deliveredAt);
}
