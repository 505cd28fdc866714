using Tarmeem.Core.Domain;

namespace Tarmeem.Host.Alerts;

/// <summary>
/// One branch's morning alert: plain data, no names. <see cref="Nearing"/> and <see cref="Overdue"/> are oldest first;
/// <see cref="Yesterday"/> counts the same at the same time on the previous business day.
/// </summary>
internal sealed record BranchAlert(
    Branch Branch,
    DateOnly Date,
    int ThresholdDays,
    int StandardDays,
    IReadOnlyList<AlertCase> Nearing,
    IReadOnlyList<AlertCase> Overdue,
    int Unanswered,
    TimeSpan FirstResponseTarget,
    AlertCounts Yesterday)
{
    public AlertCounts Today => new(Nearing.Count, Overdue.Count, Unanswered);

    /// <summary>Nothing to say: no mail is sent.</summary>
    public bool IsEmpty => Nearing.Count == 0 && Overdue.Count == 0 && Unanswered == 0;

    /// <summary>The delivery log's period for this alert: one per local date and branch.</summary>
    public string DeliveryKey => $"{Date:yyyy-MM-dd}:{Branch}";
}
