namespace Tarmeem.Host.Delivery;

/// <summary>One report e-mail: an HTML body (Arabic, right to left), its recipients and the files to attach.</summary>
/// <param name="Tag">The delivery's tag (<c>report:{kind}:{period}:{n}</c>): carried by the message, so a later run can find it.</param>
internal sealed record ReportMail(string Subject, string HtmlBody, IReadOnlyList<string> Recipients, IReadOnlyList<string> Attachments, string Tag);
