using Tarmeem.Surveys.Localization;

namespace Tarmeem.Surveys.Replies;

/// <summary>
/// Tells bounces and automatic answers from replies a person wrote, by headers first (RFC 3834 Auto-Submitted,
/// Exchange's X-Auto-Response-Suppress and NDR marker, Precedence, delivery-status reports), then by subject.
/// </summary>
public static class InboundClassifier
{
    private static readonly string[] BounceSubjects =
    [
        "undeliverable", "undelivered mail", "delivery status notification", "mail delivery failed", "delivery has failed",
        "returned mail", "failure notice", "non remis", "nicht zustellbar",
        .. SurveyText.List("Reply_BounceSubjects"),
    ];

    private static readonly string[] AutoSubjects =
    [
        "automatic reply", "auto reply", "autoreply", "auto-reply", "out of office", "out of the office", "réponse automatique",
        .. SurveyText.List("Reply_AutoSubjects"),
    ];

    public static InboundKind Classify(InboundMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var subject = (mail.Subject ?? "").Trim();
        if (IsBounce(mail, subject))
        {
            return InboundKind.Bounce;
        }

        var autoSubmitted = mail.Header("Auto-Submitted");
        var precedence = mail.Header("Precedence");
        var automatic =
            (autoSubmitted is not null && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
            || mail.Header("X-Auto-Response-Suppress") is not null
            || mail.Header("X-Autoreply") is not null
            || mail.Header("X-Autorespond") is not null
            || precedence is not null && (precedence.Contains("bulk", StringComparison.OrdinalIgnoreCase)
                || precedence.Contains("junk", StringComparison.OrdinalIgnoreCase)
                || precedence.Contains("list", StringComparison.OrdinalIgnoreCase)
                || precedence.Contains("auto_reply", StringComparison.OrdinalIgnoreCase))
            || StartsWithAny(subject, AutoSubjects)
            || subject.StartsWith("Auto:", StringComparison.OrdinalIgnoreCase);
        return automatic ? InboundKind.AutoReply : InboundKind.Human;
    }

    private static bool IsBounce(InboundMail mail, string subject) =>
        mail.Header("X-MS-Exchange-Message-Is-Ndr") is not null
        || (mail.Header("Content-Type")?.Contains("report-type=delivery-status", StringComparison.OrdinalIgnoreCase) ?? false)
        || mail.Header("X-Failed-Recipients") is not null
        || StartsWithAny(subject, BounceSubjects);

    private static bool StartsWithAny(string subject, string[] prefixes) =>
        prefixes.Any(p => subject.StartsWith(p, StringComparison.OrdinalIgnoreCase) || subject.Contains(p + ":", StringComparison.OrdinalIgnoreCase));
}
