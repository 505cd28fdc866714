namespace Tarmeem.Host.Graph;

/// <summary>Graph refused a request, or stayed throttled or unavailable after every retry. The message says which and what to do.</summary>
internal sealed class GraphSourceException : Exception
{
    public GraphSourceException()
    {
    }

    public GraphSourceException(string message)
        : base(message)
    {
    }

    public GraphSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status Graph answered, when there was an answer.</summary>
    public int? Status { get; init; }

    /// <summary>True when trying again later may succeed (throttled, unavailable, network).</summary>
    public bool Transient { get; init; }
}
