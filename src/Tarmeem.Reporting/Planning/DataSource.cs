namespace Tarmeem.Reporting.Planning;

/// <summary>What a figure is counted from; each has its own data coverage.</summary>
public enum DataSource
{
    Cases = 1,
    Inquiries = 2,
    Surveys = 3,
}
