namespace Tarmeem.Core.Domain;

/// <summary>The research committee's answer to a case.</summary>
public enum CaseDecision
{
    Pending = 0,
    Accepted = 1,
    Rejected = 2,
}
