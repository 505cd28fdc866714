namespace Tarmeem.Host.Scheduling;

/// <summary>Section <c>Tarmeem:Retention</c>: how long data is kept (Saudi PDPL: no longer than the purpose needs).</summary>
internal sealed class RetentionOptions
{
    public const string Section = "Tarmeem:Retention";

    /// <summary>
    /// Beneficiaries' e-mail addresses for surveys are removed this long after their last update: long enough for an
    /// invitation, its reminder and the per-person interval between surveys, not longer.
    /// </summary>
    public TimeSpan Contacts { get; set; } = TimeSpan.FromDays(180);

    /// <summary>The scheduler's run history (<c>job_runs</c>) is kept this long: a year and a month, for the annual review.</summary>
    public TimeSpan JobRuns { get; set; } = TimeSpan.FromDays(400);
}
