namespace Tarmeem.Host.Cli;

/// <summary>The command line asked for something impossible; the message says what and how to fix it.</summary>
internal sealed class CommandInputException : Exception
{
    public CommandInputException()
    {
    }

    public CommandInputException(string message)
        : base(message)
    {
    }

    public CommandInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
