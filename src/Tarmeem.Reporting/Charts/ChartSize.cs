namespace Tarmeem.Reporting.Charts;

/// <summary>The printed size of a chart picture and the resolution it is rendered at.</summary>
public sealed record ChartSize
{
    public ChartSize(double widthInches, double heightInches, int dpi)
    {
        if (!(widthInches is > 0 and <= 20) || !(heightInches is > 0 and <= 20))
        {
            throw new ArgumentOutOfRangeException(
                nameof(widthInches), $"A chart must be between 0 and 20 inches on each side; got {widthInches} × {heightInches}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 72);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dpi, 600);
        WidthInches = widthInches;
        HeightInches = heightInches;
        Dpi = dpi;
    }

    /// <summary>Full text width of an A4/Letter Word page with normal margins, sharp when printed.</summary>
    public static ChartSize WordDefault { get; } = new(6.5, 3.6, 220);

    public double WidthInches { get; }

    public double HeightInches { get; }

    public int Dpi { get; }

    public int WidthPixels => (int)Math.Round(WidthInches * Dpi);

    public int HeightPixels => (int)Math.Round(HeightInches * Dpi);
}
