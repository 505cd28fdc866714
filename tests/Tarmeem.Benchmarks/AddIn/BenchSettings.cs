using System.Text.Json;
using System.Text.Json.Nodes;
using Tarmeem.Benchmarks.Nodes;

namespace Tarmeem.Benchmarks.AddIn;

/// <summary>
/// A settings file for the real <c>serve</c>: the survey nodes' settings (no job runs during the benchmark), a data
/// folder, any free port, and <c>Tarmeem:AddIn</c> pointed at the benchmark's loopback issuer.
/// </summary>
internal static class BenchSettings
{
    public static string Json(string data, string authority)
    {
        var root = NodeSettings.Node();
        var tarmeem = root["Tarmeem"]!.AsObject();
        tarmeem["Data"] = new JsonObject { ["Directory"] = data };
        tarmeem["Schedule"]!["Urls"] = "http://127.0.0.1:0";
        tarmeem["AddIn"] = JsonSerializer.SerializeToNode(new
        {
            AppId = "3f0c6a52-8d1e-4b7a-9c2f-5e4d3b2a1c0f",
            ClientId = BenchIssuer.Audience,
            Authority = authority,
            StaffRole = BenchIssuer.StaffRole,
        });
        return root.ToJsonString();
    }
}
