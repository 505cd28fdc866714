namespace Tarmeem.Reporting.Metrics;

/// <summary>Shares and means that are null, not zero, when nothing stands behind them.</summary>
internal static class Ratio
{
    public static double? Of(long part, long whole) => whole == 0 ? null : (double)part / whole;

    public static double? Mean(long sum, long count) => count == 0 ? null : (double)sum / count;
}
