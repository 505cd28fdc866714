using Tarmeem.Core.Domain;
using Tarmeem.Store;
using Tarmeem.Store.Sqlite;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Store.Surveys;

namespace Tarmeem.Host.Tests.Surveys;

/// <summary><c>tarmeem survey plan|send|status</c> in-process, clock on Tuesday 24 November 2026 10:00 Riyadh.</summary>
public sealed class SurveyCommandTests
{
    private static async Task SeedAsync(string data)
    {
        await using var records = await SqliteStore.OpenAsync(new StoreOptions { DataDirectory = data }, CancellationToken.None);
        var resolved = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(3));
        await records.UpsertInquiriesAsync(
            [
                new Inquiry { Id = "INQ-1", Channel = Channel.Phone, Branch = Branch.Makkah, Received = resolved.AddDays(-2), Resolved = resolved },
                new Inquiry { Id = "INQ-2", Channel = Channel.Website, Branch = Branch.Jeddah, Received = resolved.AddDays(-2), Resolved = resolved },
                new Inquiry { Id = "INQ-3", Channel = Channel.Website, Branch = Branch.Jeddah, Received = resolved.AddDays(-1), Resolved = CliRun.Now.AddHours(-2) },
            ],
            CancellationToken.None);
        await using var surveys = new SqlSurveyStore(records);
        await surveys.UpsertContactsAsync(
            [
                new SurveyContact(SurveySubjectKind.Inquiry, "INQ-1", "one@example.org"),
                new SurveyContact(SurveySubjectKind.Inquiry, "INQ-2", null),
                new SurveyContact(SurveySubjectKind.Inquiry, "INQ-3", "three@example.org"),
            ],
            CliRun.Now,
            CancellationToken.None);
    }

    [Fact]
    public async Task Plan_SeededStore_ShowsWhoNowWhoLaterAndCountsNoAddressWithoutStoring()
    {
        using var temp = new TempFolder();
        await SeedAsync(temp.Sub("data"));

        var run = await CliRun.InvokeAsync("survey", "plan", "--data", temp.Sub("data"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Invitations: 1 now, 1 later, 1 never.", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Send\s+Inquiry/INQ-1\s+Due", run.Output);
        Assert.Matches(@"Wait\s+Inquiry/INQ-3\s+TooSoonAfterEvent\s+2026-11-25 09:00 Riyadh", run.Output);
        Assert.Matches(@"NoUsableEmail\s+1", run.Output);
        Assert.DoesNotContain("@example.org", run.Output, StringComparison.Ordinal);
        var status = await CliRun.InvokeAsync("survey", "status", "--data", temp.Sub("data"));
        Assert.Contains("Invitations: 0", status.Output, StringComparison.Ordinal);
        Assert.Contains("Contacts: 3 (1 without an address)", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WithoutMailboxSettings_ExplainsWhichKeys()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("survey", "send", "--data", temp.Sub("data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Tarmeem:Surveys:Mailbox", run.Error, StringComparison.Ordinal);
        Assert.Contains("Tarmeem:Surveys:PublicBaseUrl", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_SurveySettingOutOfRange_RefusedAtStartNamingTheKey()
    {
        using var temp = new TempFolder();
        var config = temp.Sub("settings.json");
        await File.WriteAllTextAsync(config, """{ "Tarmeem": { "Surveys": { "MaxPerMinute": 100, "WindowStart": "21:00" } } }""");

        var run = await CliRun.InvokeAsync("survey", "status", "--config", config, "--data", temp.Sub("data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Tarmeem:Surveys:MaxPerMinute is 100", run.Error, StringComparison.Ordinal);
        Assert.Contains("Tarmeem:Surveys:WindowEnd (20:00) is not after Tarmeem:Surveys:WindowStart (21:00)", run.Error, StringComparison.Ordinal);
    }
}
