namespace Tarmeem.Reporting.Model;

/// <summary>
/// A figure as the page shows it. Rounding goes through <see cref="decimal"/> (at most 15 significant digits,
/// then half away from zero), which is how Excel and LibreOffice round a number to a cell format, and which
/// the Word writer uses before formatting, so that a change computed from these values is the difference a
/// reader makes from the printed ones.
/// </summary>
public static class PrintedNumber
{
    public static double Round(double value, int decimals)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 1e15)
        {
            return value;
        }

        return (double)Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>The printed <paramref name="current"/> less the printed <paramref name="baseline"/>; null when either is missing.</summary>
    public static double? Difference(double? current, double? baseline, int decimals) =>
        current is { } c && baseline is { } b ? Round(Round(c, decimals) - Round(b, decimals), decimals) : null;
}
