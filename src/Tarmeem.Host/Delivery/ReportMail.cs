namespace Tarmeem.Host.Delivery;

/// <summary>One report e-mail: an HTML body (Arabic, right to left), its recipients and the files to attach.</summary>
public sealed record ReportMail(string Subject, string HtmlBody, IReadOnlyList<string> Recipients, IReadOnlyList<string> Attachments);
