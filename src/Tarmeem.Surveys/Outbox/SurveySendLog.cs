using Microsoft.Extensions.Logging;

namespace Tarmeem.Surveys.Outbox;

/// <summary>Sender log events: outbox keys and counts, never an address.</summary>
internal static partial class SurveySendLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Survey message {MessageKey} found already sent in the mailbox; marked sent without sending again")]
    public static partial void Recovered(ILogger logger, string messageKey);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Survey message {MessageKey} cancelled: {Reason}")]
    public static partial void Cancelled(ILogger logger, string messageKey, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Survey message {MessageKey} failed ({Status}); it will be looked up in the mailbox before another try at {RetryAt}")]
    public static partial void Postponed(ILogger logger, string messageKey, int? status, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Survey sending stopped: {Reason}")]
    public static partial void Stopped(ILogger logger, string reason);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Survey message {MessageKey}: {Count} leftover draft(s) deleted for good")]
    public static partial void DraftsDeleted(ILogger logger, string messageKey, int count);
}
