namespace Tarmeem.Reporting.Word.Pdf;

/// <summary>A document could not be converted to PDF: LibreOffice is missing, failed, or ran out of time.</summary>
public sealed class PdfConversionException : Exception
{
    public PdfConversionException()
    {
    }

    public PdfConversionException(string message)
        : base(message)
    {
    }

    public PdfConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
