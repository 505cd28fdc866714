namespace Tarmeem.GraphLoopback;

/// <summary>Behaviour a test may change at any time, also while the server runs.</summary>
public sealed class GraphLoopbackSettings
{
    private volatile string _acceptedToken = "loopback-token";
    private volatile int _defaultPageSize = 200;
    private volatile bool _repeatChangedItems;

    /// <summary>The only bearer token accepted; any other (or none) gets 401.</summary>
    public string AcceptedToken
    {
        get => _acceptedToken;
        set => _acceptedToken = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A token is required.", nameof(value)) : value;
    }

    /// <summary>Page size when the request asks for none (no <c>$top</c>, no <c>Prefer: odata.maxpagesize</c>).</summary>
    public int DefaultPageSize
    {
        get => _defaultPageSize;
        set => _defaultPageSize = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The page size must be positive.");
    }

    /// <summary>When true, an item changed twice since the last token is listed twice in the next delta round, as real Graph may do.</summary>
    public bool RepeatChangedItemsInDelta
    {
        get => _repeatChangedItems;
        set => _repeatChangedItems = value;
    }
}
