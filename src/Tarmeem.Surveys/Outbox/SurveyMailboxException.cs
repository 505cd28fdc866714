namespace Tarmeem.Surveys.Outbox;

/// <summary>
/// The mailbox refused or failed a call. <see cref="Transient"/>: throttled, unavailable, timed out — the call may
/// or may not have taken effect, so the row is looked up before it is tried again. Otherwise Graph refused it (a bad
/// address, say) and trying again would fail the same way.
/// </summary>
public sealed class SurveyMailboxException : Exception
{
    public SurveyMailboxException()
    {
    }

    public SurveyMailboxException(string message)
        : base(message)
    {
    }

    public SurveyMailboxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool Transient { get; init; }

    public int? Status { get; init; }
}
