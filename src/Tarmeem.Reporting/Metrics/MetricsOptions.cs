namespace Tarmeem.Reporting.Metrics;

/// <summary>What the figures are measured against. Settable so that configuration can bind it.</summary>
public sealed class MetricsOptions
{
    /// <summary>
    /// The decision standard in calendar days. The policy tells applicants to expect an answer over two
    /// weeks; the association reads that as 14 days.
    /// </summary>
    public int DecisionStandardDays { get; set; } = 14;

    /// <summary>
    /// An optional target for the first answer to an inquiry, in hours. The policy sets none, so by default
    /// no first-response bucket is marked as within a standard.
    /// </summary>
    public int? FirstResponseStandardHours { get; set; }

    /// <summary>Throws naming the setting when a value cannot be measured against.</summary>
    public void Validate()
    {
        if (DecisionStandardDays is < 1 or > 365)
        {
            throw new ArgumentOutOfRangeException(
                nameof(DecisionStandardDays),
                DecisionStandardDays,
                "MetricsOptions.DecisionStandardDays must be a whole number of days from 1 to 365 (the policy's standard is 14).");
        }

        if (FirstResponseStandardHours is < 1 or > 8760)
        {
            throw new ArgumentOutOfRangeException(
                nameof(FirstResponseStandardHours),
                FirstResponseStandardHours,
                "MetricsOptions.FirstResponseStandardHours must be empty or a whole number of hours from 1 to 8760.");
        }
    }
}
