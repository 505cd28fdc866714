namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Sends the survey invitations and reminders that are due. Implemented by the survey feature; the scheduler calls it
/// every 15 minutes inside the send window. Until an implementation is registered, <see cref="NoSurveyDispatcher"/> does nothing.
/// </summary>
public interface ISurveyDispatcher
{
    /// <summary>Sends what is due now; returns a one-line summary for the run history (counts only, no personal data).</summary>
    Task<string> DispatchDueAsync(CancellationToken cancellationToken);
}
