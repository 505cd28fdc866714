namespace Tarmeem.GraphLoopback.Faults;

/// <summary>Whether a fault answers before the server did anything or after it really did the work.</summary>
public enum FaultMoment
{
    /// <summary>Nothing happens; the error is the whole answer (Graph did not process the request).</summary>
    InsteadOfWork,

    /// <summary>The request is carried out, then the answer is lost behind the error: the caller cannot tell.</summary>
    AfterWork,
}
