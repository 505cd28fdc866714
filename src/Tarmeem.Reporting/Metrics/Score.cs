namespace Tarmeem.Reporting.Metrics;

/// <summary>The five-point scale: 1 very dissatisfied … 5 very satisfied; 4 and 5 count as satisfied.</summary>
internal static class Score
{
    public static bool IsValid(int score) => score is >= 1 and <= 5;

    public static bool IsValid(int? score) => score is >= 1 and <= 5;

    public static bool IsSatisfied(int score) => score >= 4;
}
