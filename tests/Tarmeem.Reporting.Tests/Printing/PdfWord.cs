namespace Tarmeem.Reporting.Tests.Printing;

/// <summary>One printed word: its page, its box in points (y grows downwards) and its text as pdftotext reads it.</summary>
internal sealed record PdfWord(int Page, double XMin, double YMin, double XMax, double YMax, string Text)
{
    public double Height => YMax - YMin;

    /// <summary>Whether <paramref name="next"/> sits on the line just below this word, in the same column.</summary>
    public bool IsAbove(PdfWord next) =>
        next.Page == Page
        && next.YMin > YMin + (Height / 2) && next.YMin < YMax + Height
        && next.XMin < XMax + 2 && next.XMax > XMin - 2;
}
