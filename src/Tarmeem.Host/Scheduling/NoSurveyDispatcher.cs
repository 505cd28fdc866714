namespace Tarmeem.Host.Scheduling;

/// <summary>The stand-in while no survey feature is registered: the dispatch job then records that nothing was sent.</summary>
public sealed class NoSurveyDispatcher : ISurveyDispatcher
{
    public const string Summary = "No survey dispatcher is registered: surveys are not sent by this build.";

    public Task<string> DispatchDueAsync(CancellationToken cancellationToken) => Task.FromResult(Summary);
}
