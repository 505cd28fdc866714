using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback;

namespace Tarmeem.Host.Tests.Serve.Nodes;

/// <summary>
/// A node's settings file: <see cref="ServiceSettings"/> on PostgreSQL, signed in through the loopback server's managed
/// identity endpoint, with its node id, a one-second Quartz check-in and the given cron expressions.
/// </summary>
internal static class ServeNodeSettings
{
    private const string Never = "0 0 0 1 1 ? 2099";

    public static string Json(
        GraphLoopbackServer graph, string connectionString, string data, string origin, string node, string protection, IReadOnlyDictionary<string, string> schedule)
    {
        var settings = JsonNode.Parse(ServiceSettings.Json(graph.BaseUrl, data, origin, ["127.0.0.1"]))!;
        var tarmeem = settings["Tarmeem"]!;
        tarmeem["Data"]!["Provider"] = "PostgreSql";
        tarmeem["Data"]!["ConnectionString"] = connectionString;
        tarmeem["Surveys"]!["PageKeyProtection"] = protection;
        // Written reports are the node's own (the default folder is relative to the working directory, shared here).
        tarmeem["Reports"] = new JsonObject { ["OutputDirectory"] = Path.Combine(data, "reports") };
        // A child process cannot be handed a credential object: it signs in as on App Service, at the loopback server.
        tarmeem["Graph"]!["Auth"] = "ManagedIdentity";
        tarmeem["Graph"]!.AsObject().Remove("ClientSecret");
        var jobs = tarmeem["Schedule"]!;
        jobs["NodeId"] = node;
        jobs["ReviewReminders"] = Never;
        jobs["Cluster"] = new JsonObject { ["CheckinInterval"] = "00:00:01", ["CheckinMisfireThreshold"] = "00:00:02" };
        foreach (var (job, cron) in schedule)
        {
            jobs[job] = cron;
        }

        return settings.ToJsonString();
    }
}
