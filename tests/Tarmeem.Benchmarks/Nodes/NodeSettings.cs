using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tarmeem.Benchmarks.Nodes;

/// <summary>
/// A settings file for <c>serve</c> nodes that only answer the survey page: Graph pointed at a closed port and every
/// schedule years away, so no job runs during the benchmark. The store and the port come from the environment.
/// </summary>
internal static class NodeSettings
{
    private const string Never = "0 0 0 1 1 ? 2099";

    public static string Json() => Node().ToJsonString();

    /// <summary>The settings as a tree, for benchmarks that add sections (the add-in's issuer, a data folder).</summary>
    public static JsonObject Node() => JsonSerializer.SerializeToNode(new
    {
        Tarmeem = new
        {
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
                Sync = Never, SurveyDispatch = Never, MonthlyReport = Never, QuarterlyReport = Never, AnnualReport = Never, Retention = Never,
                ReportFormats = "Xlsx",
            },
        },
    })!.AsObject();
}
