namespace Tarmeem.Host.Reports;

/// <summary>The document kinds <c>tarmeem report --format</c> can write.</summary>
[Flags]
public enum ReportFormat
{
    None = 0,
    Xlsx = 1,
}
