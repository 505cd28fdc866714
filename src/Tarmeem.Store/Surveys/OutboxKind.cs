namespace Tarmeem.Store.Surveys;

/// <summary>Which message of an invitation an outbox row sends.</summary>
public enum OutboxKind
{
    Initial = 1,
    Reminder = 2,
}
