namespace Tarmeem.Host.StoreCopy;

/// <summary>The copy could not be made or did not verify; the message names what (a table, a key, a server) and what to do.</summary>
internal sealed class StoreCopyException : Exception
{
    public StoreCopyException()
    {
    }

    public StoreCopyException(string message)
        : base(message)
    {
    }

    public StoreCopyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
