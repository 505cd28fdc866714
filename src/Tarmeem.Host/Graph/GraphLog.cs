using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Graph;

/// <summary>Graph client log events: statuses, paths and counts only, never a record's content.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Graph answered {Status} for {Path}; retry {Attempt} of {MaxRetries} in {DelaySeconds:0.###} s")]
    public static partial void Retrying(ILogger logger, int status, string path, int attempt, int maxRetries, double delaySeconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Graph gave no clear answer ({Status}; 0 is a lost connection) to {Method} {Path}; not sent again, the caller finds out what happened")]
    public static partial void OutcomeUnknown(ILogger logger, string method, string path, int status);
}
