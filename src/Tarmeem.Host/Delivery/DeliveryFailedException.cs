namespace Tarmeem.Host.Delivery;

/// <summary>A delivery step Microsoft 365 refused; the message says which step, which file and what the service answered.</summary>
internal sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
