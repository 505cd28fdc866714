using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling;
using Tarmeem.Core.Domain;
using Tarmeem.Host.Alerts;
using Tarmeem.Host.Tests.Cli;

namespace Tarmeem.Host.Tests.Alerts;

public sealed class AlertsCommandTests
{
    [Fact]
    public async Task Preview_SampleOneBranch_PrintsArabicAlertAndSendsNothing()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("alerts", "preview", "--sample", "--branch", "Jeddah", "--data", temp.Sub("data"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("=== Jeddah: no recipients configured ===", run.Output, StringComparison.Ordinal);
        Assert.Contains("تنبيه الصباح — جدة — 24 نوفمبر 2026", run.Output, StringComparison.Ordinal);
        Assert.Contains("بانتظار:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("=== Makkah", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Sub("data"), "tarmeem.db")));
    }

    [Fact]
    public async Task Preview_UnknownBranch_ExitCode2NamingTheBranches()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("alerts", "preview", "--branch", "Riyadh", "--data", temp.Sub("data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--branch Riyadh names no branch: use one of Makkah, Jeddah, Taif, AlLith, AlQunfudhah.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadSettings_EachFailureNamesItsKey()
    {
        var options = new AlertOptions { Enabled = true, ThresholdDays = 0, Schedule = "every morning", CaseItemUrl = "http://intranet/item" };
        options.Recipients["Riyadh"] = ["relations@tarmeem.example"];
        options.Recipients["Jeddah"] = ["not-an-address"];

        var result = new AlertOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Alerts:ThresholdDays is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Alerts:Schedule \"every morning\"", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Alerts:CaseItemUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Alerts:Recipients:Riyadh names no branch", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Tarmeem:Alerts:Recipients:Jeddah has \"not-an-address\"", StringComparison.Ordinal));
        Assert.True(new AlertOptionsValidator().Validate(null, new AlertOptions()).Succeeded);
    }

    [Fact]
    public void ExampleSettings_AlertsSection_BindsAndValidates()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "appsettings.example.json")))
        {
            root = root.Parent;
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root!.FullName, "appsettings.example.json")).Build();
        var alerts = new AlertOptions();
        configuration.GetSection(AlertOptions.Section).Bind(alerts);

        Assert.True(new AlertOptionsValidator().Validate(null, alerts).Succeeded);
        Assert.True(alerts.Enabled);
        Assert.Equal(TimeSpan.FromDays(1), alerts.FirstResponseTarget);
        Assert.Equal([Branch.Makkah, Branch.Jeddah], AlertBranches.From(alerts).Select(b => b.Branch));
        Assert.Equal(["relations-jeddah@contoso.org.sa"], AlertBranches.From(alerts)[1].Recipients);
    }

    [Theory]
    [InlineData("true", "0 0 7 ? * SUN-THU")]
    [InlineData("false", "")]
    public void AddTarmeem_AlertsEnabledOrNot_MorningAlertJobScheduledOrSwitchedOff(string enabled, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tarmeem:Alerts:Enabled"] = enabled,
            ["Tarmeem:Alerts:Schedule"] = "0 0 7 ? * SUN-THU",
            ["Tarmeem:Alerts:Recipients:Jeddah:0"] = "relations-jeddah@tarmeem.example",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddTarmeem(configuration).BuildServiceProvider();

        var schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;

        Assert.Equal(expected, TarmeemJobs.MorningAlert.Cron(schedule));
    }
}
