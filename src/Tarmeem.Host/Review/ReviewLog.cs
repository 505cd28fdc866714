using Microsoft.Extensions.Logging;

namespace Tarmeem.Host.Review;

/// <summary>What the review writes to the log: kinds, periods and counts; never an address or a document's text.</summary>
internal static partial class ReviewLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Review mail ({Why}) for the {Kind} report of {Period} sent to {Reviewers} reviewer(s)")]
    public static partial void Mailed(ILogger logger, string kind, string period, string why, int reviewers);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Review mail ({Why}) for the {Kind} report of {Period} was found already sent by an interrupted run; not sent again")]
    public static partial void FoundSent(ILogger logger, string kind, string period, string why);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "The approved draft of the {Kind} report for {Period} was refused: {Findings} finding(s); nothing sent")]
    public static partial void Refused(ILogger logger, string kind, string period, int findings);
}
