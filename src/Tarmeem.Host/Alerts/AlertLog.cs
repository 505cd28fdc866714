using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Alerts;

/// <summary>What the alert writes to the log: branches, dates and counts; never an address or a case's details.</summary>
internal static partial class AlertLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Morning alert for {Branch} on {Date} sent to {Recipients} recipients ({Overdue} past the standard, {Nearing} nearing, {Unanswered} mailed inquiries unanswered)")]
    public static partial void Sent(ILogger logger, string branch, string date, int recipients, int overdue, int nearing, int unanswered);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Morning alert for {Branch} on {Date}: {Reason}")]
    public static partial void NotSent(ILogger logger, string branch, string date, string reason);
}
