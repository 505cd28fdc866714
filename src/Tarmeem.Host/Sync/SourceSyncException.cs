namespace Tarmeem.Host.Sync;

/// <summary>One source cannot be synced (a missing column, a list that is not there); the others still are.</summary>
internal sealed class SourceSyncException : Exception
{
    public SourceSyncException()
    {
    }

    public SourceSyncException(string message)
        : base(message)
    {
    }

    public SourceSyncException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
