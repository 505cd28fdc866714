namespace Tarmeem.Host.Graph;

/// <summary>Graph answered 410 Gone to a saved link: the source must be read again from the start.</summary>
internal sealed class DeltaLinkExpiredException : Exception
{
    public DeltaLinkExpiredException()
    {
    }

    public DeltaLinkExpiredException(string message)
        : base(message)
    {
    }

    public DeltaLinkExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
