namespace Tarmeem.Store.Delivery;

/// <summary>One report's row in the delivery log.</summary>
/// <param name="Kind">The report kind's name (<c>management</c>, <c>board</c>).</param>
/// <param name="Period">The period as <see cref="Core.Time.ReportPeriod.ToString"/> writes it (<c>2026-10</c>, <c>2026-Q3</c>).</param>
/// <param name="State">Intended (begun, not known to be finished) or Delivered.</param>
/// <param name="MailTag">The tag the current (or last) delivery's e-mail carries, by which the mailbox is searched.</param>
/// <param name="IntendedAt">When the current (or last) delivery began.</param>
/// <param name="Attempts">Sends begun under <paramref name="MailTag"/>: more than zero means look before sending.</param>
/// <param name="DeliveredAt">When the last delivery finished, or null while the first is unfinished.</param>
/// <param name="Deliveries">How many deliveries finished: more than one only when forced.</param>
/// <param name="Recipients">How many addresses the e-mail goes to.</param>
/// <param name="Files">The file names delivered last (names only, no folders).</param>
/// <param name="SourceFiles">The local files the current delivery sends: what a run finishing it needs.</param>
/// <param name="LibraryFolder">The document-library folder the files went to, or null when none is configured.</param>
public sealed record ReportDelivery(
    string Kind,
    string Period,
    DeliveryState State,
    string MailTag,
    DateTimeOffset IntendedAt,
    int Attempts,
    DateTimeOffset? DeliveredAt,
    int Deliveries,
    int Recipients,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> SourceFiles,
    string? LibraryFolder)
{
    public bool IsDelivered => State == DeliveryState.Delivered;

    /// <summary>The tag of the n-th delivery of a (kind, period): stable, so any later run can compute and find it.</summary>
    public static string TagFor(string kind, string period, int delivery) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"report:{kind}:{period}:{delivery}");
}
