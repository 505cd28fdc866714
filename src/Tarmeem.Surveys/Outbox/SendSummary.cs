namespace Tarmeem.Surveys.Outbox;

/// <summary>What one sending run did. <see cref="StopReason"/> is null when it ran out of due messages.</summary>
public sealed record SendSummary(int Sent, int Recovered, int Cancelled, int Postponed, string? StopReason);
