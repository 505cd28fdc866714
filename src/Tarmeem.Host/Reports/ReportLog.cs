using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Reports;

/// <summary>The report run's log events: counts and paths only, never a record's content.</summary>
internal static partial class ReportLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded the sample into {Directory}: {Cases} cases, {Inquiries} inquiries, {Invitations} invitations")]
    public static partial void SampleLoaded(ILogger logger, string directory, int cases, int inquiries, int invitations);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Report {Period}: {Cases} cases and {Inquiries} inquiries in the period, computed in {ElapsedMs} ms")]
    public static partial void Computed(ILogger logger, string period, int cases, int inquiries, long elapsedMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Wrote {Path} in {ElapsedMs} ms")]
    public static partial void Wrote(ILogger logger, string path, long elapsedMs);
}
