namespace Tarmeem.Reporting.Charts;

/// <summary>No usable font can draw every character of a chart.</summary>
public sealed class ChartFontException : Exception
{
    public ChartFontException()
    {
    }

    public ChartFontException(string message)
        : base(message)
    {
    }

    public ChartFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
