namespace Tarmeem.Host.Configuration;

/// <summary>Section <c>Tarmeem:Reports</c>: what the reports measure against and where they go.</summary>
public sealed class ReportOptions
{
    /// <summary>Where <c>tarmeem report</c> writes documents unless <c>--out</c> says otherwise.</summary>
    public string OutputDirectory { get; set; } = "reports";

    /// <summary>
    /// The decision standard: receipt to committee decision, in calendar days. The policy promises an answer
    /// over two weeks; the association measures itself against 14 days.
    /// </summary>
    public int DecisionStandardDays { get; set; } = 14;
}
