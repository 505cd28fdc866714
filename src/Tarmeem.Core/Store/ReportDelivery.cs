namespace Tarmeem.Core.Store;

/// <summary>One delivered report, as the delivery log keeps it.</summary>
/// <param name="Kind">The report kind's name (<c>management</c>, <c>board</c>).</param>
/// <param name="Period">The period as <see cref="Time.ReportPeriod.ToString"/> writes it (<c>2026-10</c>, <c>2026-Q3</c>).</param>
/// <param name="DeliveredAt">When the last delivery finished.</param>
/// <param name="Deliveries">How many times it was delivered: more than one only when forced.</param>
/// <param name="Recipients">How many addresses the e-mail went to.</param>
/// <param name="Files">The file names delivered (names only, no folders).</param>
/// <param name="LibraryFolder">The document-library folder the files went to, or null when none is configured.</param>
public sealed record ReportDelivery(
    string Kind,
    string Period,
    DateTimeOffset DeliveredAt,
    int Deliveries,
    int Recipients,
    IReadOnlyList<string> Files,
    string? LibraryFolder);
