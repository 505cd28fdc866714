using Tarmeem.Core.Domain;

namespace Tarmeem.Reporting.Model;

/// <summary>One month of the trend.</summary>
public sealed record MonthFigures
{
    /// <summary>The first day of the month.</summary>
    public required DateOnly Month { get; init; }

    public int Cases { get; init; }

    public int Inquiries { get; init; }

    /// <summary>Cases plus inquiries per channel, all channels present.</summary>
    public required IReadOnlyDictionary<Channel, int> ByChannel { get; init; }

    public double? DecisionWithinStandardShare { get; init; }

    public double? DecisionMedianDays { get; init; }

    public double? Csat { get; init; }

    public int Responses { get; init; }
}
