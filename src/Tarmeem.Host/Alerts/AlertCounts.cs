namespace Tarmeem.Host.Alerts;

/// <summary>What one branch's alert counts at one instant: cases nearing the standard, past it, and mailed inquiries unanswered.</summary>
internal sealed record AlertCounts(int Nearing, int Overdue, int Unanswered);
