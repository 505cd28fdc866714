namespace Tarmeem.Host.Scheduling;

/// <summary>Section <c>Tarmeem:Retention</c>: how long data is kept (Saudi PDPL: no longer than the purpose needs).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Tarmeem:Retention";

    /// <summary>Beneficiaries' e-mail addresses for surveys are removed this many days after their last update.</summary>
    public int ContactDays { get; set; } = 180;

    /// <summary>The scheduler's run history (<c>job_runs</c>) is kept this many days.</summary>
    public int JobRunDays { get; set; } = 400;
}
