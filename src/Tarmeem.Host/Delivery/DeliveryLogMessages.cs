using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Delivery;

/// <summary>What delivery writes to the log: counts, sizes, kinds, periods and file names; never an address or a body.</summary>
internal static partial class DeliveryLogMessages
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Report e-mail sent to {Recipients} recipients with {Files} files ({Bytes} bytes) via {Path}")]
    public static partial void MailSent(ILogger logger, int recipients, int files, long bytes, string path);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Filed {Path} ({Bytes} bytes) in the document library")]
    public static partial void Filed(ILogger logger, string path, long bytes);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Delivered the {Kind} report for {Period} (delivery {Count})")]
    public static partial void Delivered(ILogger logger, string kind, string period, int count);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "{Path} ({Bytes} bytes) is already in the document library with the same content; not uploaded again")]
    public static partial void AlreadyFiled(ILogger logger, string path, long bytes);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "The {Kind} e-mail for {Period} was begun before ({Attempts} sends); it {Found} in the mailbox")]
    public static partial void Resumed(ILogger logger, string kind, string period, int attempts, string found);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Sending the {Kind} e-mail for {Period} ended without a clear answer ({Error}); looking for it in the mailbox")]
    public static partial void OutcomeUnknown(ILogger logger, string kind, string period, string error);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "Deleted {Count} leftover draft(s) of the {Kind} e-mail for {Period}")]
    public static partial void DraftsDiscarded(ILogger logger, int count, string kind, string period);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "The {Kind} report for {Period} was already delivered at {DeliveredAt}; not sent again")]
    public static partial void AlreadyDelivered(ILogger logger, string kind, string period, DateTimeOffset deliveredAt);
}
