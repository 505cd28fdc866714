namespace Tarmeem.GraphLoopback.Faults;

/// <summary>
/// The ambiguous faults: the server really creates or sends, then the caller gets a 504 or a reset connection and
/// cannot tell whether anything happened.
/// </summary>
public static class AfterWorkFault
{
    public static GraphFault GatewayTimeout() => GraphFault.GatewayTimeout() with { Moment = FaultMoment.AfterWork };

    /// <summary>The work is done, then the TCP connection is reset before any answer.</summary>
    public static GraphFault ConnectionDropped() =>
        new(0, "ConnectionDropped", "The connection was reset.", null) { Moment = FaultMoment.AfterWork, DropsConnection = true };

    /// <summary>The work is done, then no answer comes until <paramref name="release"/> ends; then the connection is reset.</summary>
    public static GraphFault AnswerHeld(Task release) => ConnectionDropped() with { HeldUntil = release };
}
