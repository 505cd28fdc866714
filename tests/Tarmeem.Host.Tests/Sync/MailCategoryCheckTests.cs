using System.Text.Json;
using Tarmeem.GraphLoopback;
using Tarmeem.GraphLoopback.Faults;
using Tarmeem.Host.Cli;
using Tarmeem.Host.Tests.Serve;

namespace Tarmeem.Host.Tests.Sync;

/// <summary><c>tarmeem check</c> against the mailbox's category master list, through the CLI and the real SDK.</summary>
public sealed class MailCategoryCheckTests
{
    private const string Address = "inquiries@tarmeem.org.sa";
    private const string MasterList = "/users/inquiries@tarmeem.org.sa/outlook/masterCategories";

    [Fact]
    public async Task Check_MissingCategories_ListedThenCreatedOnceByFix()
    {
        await using var server = await GraphLoopbackServer.StartAsync(SyncHarness.Timeout());
        server.Mail.AddMailbox("mbx-1", Address);
        server.Mail.AddMasterCategory(Address, "تم الحل", "preset4");
        server.Mail.AddMasterCategory(Address, "متابعة شخصية", "preset1");
        var folder = Path.Combine(Path.GetTempPath(), "tarmeem-category-check", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "tarmeem.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Tarmeem = new
            {
                Data = new { Directory = Path.Combine(folder, "data") },
                Graph = ServiceSettings.Graph(server.BaseUrl),
                Sources = new { Mailbox = new { Address, Channel = "Website", Branch = "Makkah" } },
            },
        }));
        try
        {
            var check = await SyncCommandTests.RunAsync(server, "check", "--config", config);

            Assert.Equal(CommandRunner.InputError, check.ExitCode);
            var missing = check.Output.Split('\n').Where(l => l.StartsWith("PROBLEM", StringComparison.Ordinal)).ToList();
            Assert.Equal(14, missing.Count);
            Assert.Contains(missing, l => l.Contains("«ليس استفساراً» is missing; create it with colour preset12", StringComparison.Ordinal));
            Assert.Contains(missing, l => l.Contains("«قناة: الخطابات» is missing; create it with colour preset7", StringComparison.Ordinal));
            Assert.Contains(missing, l => l.Contains("«فرع: جدة» is missing; create it with colour preset8", StringComparison.Ordinal));
            Assert.DoesNotContain(missing, l => l.Contains("«تم الحل»", StringComparison.Ordinal));
            Assert.Equal(0, server.Log.Count(e => e.Method == "POST"));

            // The first create is carried out but answered 504: the check reads the list rather than posting again.
            var timeout = server.Faults.Inject(MasterList, AfterWorkFault.GatewayTimeout(), method: "POST");
            var fix = await SyncCommandTests.RunAsync(server, "check", "--fix", "--config", config);

            Assert.True(fix.ExitCode == 0, fix.Output + fix.Error);
            Assert.Equal(1, timeout.Hits);
            Assert.Contains("category «ليس استفساراً» created", fix.Output, StringComparison.Ordinal);
            var names = server.Mail.MasterCategories(Address);
            Assert.Equal(16, names.Count);
            Assert.Equal(16, names.Select(n => n.DisplayName).Distinct().Count());
            Assert.Contains(("فرع: القنفذة", "preset8"), names);

            var again = await SyncCommandTests.RunAsync(server, "check", "--fix", "--config", config);

            Assert.True(again.ExitCode == 0, again.Output + again.Error);
            Assert.Contains("every category staff use is on its master list", again.Output, StringComparison.Ordinal);
            Assert.Equal(14, server.Log.Count(e => e.Method == "POST"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
