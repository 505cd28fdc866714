using System.Text.Json;

namespace Tarmeem.Benchmarks.AddIn;

/// <summary>
/// A settings file for the real <c>serve</c>: a mailbox source, Graph pointed at a closed port (no job runs during the
/// benchmark: every schedule is years away), and <c>Tarmeem:AddIn</c> pointed at the benchmark's loopback issuer.
/// </summary>
internal static class BenchSettings
{
    private const string Never = "0 0 0 1 1 ? 2099";

    public static string Json(string data, string authority) => JsonSerializer.Serialize(new
    {
        Tarmeem = new
        {
            Data = new { Directory = data },
            Graph = new
            {
                BaseUrl = "http://127.0.0.1:9/v1.0",
                Auth = "Secret",
                TenantId = "8a6e3c52-1111-4c1b-9d55-0a1b2c3d4e5f",
                ClientId = "0f1e2d3c-2222-4b5a-8c7d-6e5f4a3b2c1d",
                ClientSecret = "unused-no-job-runs",
                MaxRetries = 0,
            },
            Sources = new { Mailbox = new { Address = "relations@tarmeem.example", Channel = "Website", Branch = "Makkah" } },
            Surveys = new { Mailbox = "relations@tarmeem.example", PublicBaseUrl = "http://127.0.0.1" },
            Delivery = new { Sender = "reports@tarmeem.example", ManagementRecipients = (string[])["manager@tarmeem.example"], BoardRecipients = (string[])["board@tarmeem.example"] },
            Schedule = new
            {
                Urls = "http://127.0.0.1:0",
                Sync = Never, SurveyDispatch = Never, MonthlyReport = Never, QuarterlyReport = Never, AnnualReport = Never, Retention = Never,
                ReportFormats = "Xlsx",
            },
            AddIn = new
            {
                AppId = "3f0c6a52-8d1e-4b7a-9c2f-5e4d3b2a1c0f",
                ClientId = BenchIssuer.Audience,
                Authority = authority,
                StaffRole = BenchIssuer.StaffRole,
            },
        },
    });
}
