using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Sync;

/// <summary>Sync log events: source names, counts and reasons, never a record's content.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Source {Source}: {Added} added, {Changed} changed, {Deleted} deleted, {Quarantined} quarantined in {Pages} pages")]
    public static partial void Synced(ILogger logger, string source, int added, int changed, int deleted, int quarantined, int pages);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Source {Source}: the saved position expired; reading it again from the start")]
    public static partial void Resync(ILogger logger, string source);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Source {Source} stopped: {Reason}")]
    public static partial void Failed(ILogger logger, string source, string reason);
}
