using Tarmeem.Store;
using Microsoft.Extensions.Options;
using Tarmeem.Host.Configuration;
using Tarmeem.Host.Scheduling;
using Tarmeem.Host.Scheduling.Cluster;

namespace Tarmeem.Host.Tests.Scheduling.Cluster;

public sealed class ClusterSettingsTests
{
    [Fact]
    public void Validate_CheckinSettingsOutOfRangeAndBadNodeId_NameEachKey()
    {
        var options = new ScheduleOptions
        {
            NodeId = "web 1/ü",
            Cluster = new ClusterOptions { CheckinInterval = TimeSpan.Zero, CheckinMisfireThreshold = TimeSpan.FromHours(1) },
        };

        var failures = new ScheduleOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(3, failures.Count);
        Assert.StartsWith("Tarmeem:Schedule:NodeId 'web 1/ü' must be at most 50 letters", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Tarmeem:Schedule:Cluster:CheckinInterval must be between 00:00:01 and 00:10:00", failures[1], StringComparison.Ordinal);
        Assert.StartsWith("Tarmeem:Schedule:Cluster:CheckinMisfireThreshold must be between 00:00:01 and 00:30:00", failures[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NodeIdTooLong_IsRefusedAndTheLongestAllowedPasses()
    {
        var validator = new ScheduleOptionsValidator();

        Assert.False(validator.Validate(null, new ScheduleOptions { NodeId = new string('n', NodeIdentity.MaxLength + 1) }).Succeeded);
        Assert.True(validator.Validate(null, new ScheduleOptions { NodeId = "node-a.example:" + new string('n', NodeIdentity.MaxLength - 15) }).Succeeded);
    }

    [Fact]
    public void NodeIdentity_NoneConfigured_IsHostNameAndProcessIdWithinTheAllowedCharacters()
    {
        var id = new NodeIdentity(Options.Create(new ScheduleOptions())).Id;

        Assert.EndsWith("-" + Environment.ProcessId, id, StringComparison.Ordinal);
        Assert.InRange(id.Length, 3, NodeIdentity.MaxLength);
        Assert.All(id, c => Assert.True(NodeIdentity.IsAllowed(c), $"'{c}' in {id}"));
        Assert.Equal("node-a", new NodeIdentity(Options.Create(new ScheduleOptions { NodeId = "node-a" })).Id);
    }

    [Fact]
    public void SchedulerStore_PostgreSqlWithoutConnectionString_IsRefusedNamingTheKey()
    {
        var refused = Assert.Throws<OptionsValidationException>(() =>
            SchedulerStore.From(new DataOptions { Provider = StoreProvider.PostgreSql }, new ScheduleOptions()));

        Assert.StartsWith("Tarmeem:Data:ConnectionString is empty while Tarmeem:Data:Provider is PostgreSql", refused.Failures.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void SchedulerStore_Sqlite_IsNotClusteredAndKeepsTheFileInTheDataFolder()
    {
        var placement = SchedulerStore.From(new DataOptions { Directory = "/srv/tarmeem" }, new ScheduleOptions { NodeId = "node-a" });

        Assert.Equal((false, "/srv/tarmeem/quartz.db", "node-a"), (placement.Clustered, placement.SqlitePath, placement.NodeId));
    }
}
