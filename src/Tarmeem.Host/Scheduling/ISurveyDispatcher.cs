namespace Tarmeem.Host.Scheduling;

/// <summary>
/// Sends the survey invitations and reminders that are due and reads the replies. The scheduler calls it every
/// 15 minutes inside the send window; <see cref="Surveys.SurveyRound"/> is the implementation.
/// </summary>
internal interface ISurveyDispatcher
{
    /// <summary>Does what is due now; the result is a one-line summary for the run history (counts only, no personal data).</summary>
    Task<JobResult> DispatchDueAsync(CancellationToken cancellationToken);
}
