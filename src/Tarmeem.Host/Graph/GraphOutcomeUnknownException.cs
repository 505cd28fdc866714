namespace Tarmeem.Host.Graph;

/// <summary>
/// A request that creates or sends (a POST) got no answer that says whether Graph did it: a 504 or a lost
/// connection. It was not sent again. Before trying anything that could create or send a second time, the caller
/// must find out what happened (look the message up by its tag or Message-ID in Drafts, Outbox and Sent Items).
/// </summary>
internal sealed class GraphOutcomeUnknownException : Exception
{
    public GraphOutcomeUnknownException()
    {
    }

    public GraphOutcomeUnknownException(string message)
        : base(message)
    {
    }

    public GraphOutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The status Graph answered (504), or null when the connection was lost before any answer.</summary>
    public int? Status { get; init; }
}
