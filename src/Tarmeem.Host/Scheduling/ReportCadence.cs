namespace Tarmeem.Host.Scheduling;

/// <summary>The scheduled reports: each covers the last complete period of its length.</summary>
internal enum ReportCadence
{
    Monthly = 1,
    Quarterly = 2,
    Annual = 3,
}
