namespace Tarmeem.Host.Tests.Architecture;

/// <summary>The dependency rules of docs/architecture.md's project table, checked on every build.</summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] Providers = ["Microsoft.Data.Sqlite", "SQLitePCL", "Npgsql"];

    private static readonly string[] HostOnly = ["Microsoft.Graph", "Azure.Identity", "Azure.Core", "Quartz"];

    [Fact]
    public void Core_DependsOnNoOtherProjectNorStoreNorService()
    {
        Assert.Empty(Matching("Tarmeem.Core", ["Tarmeem.", .. Providers, .. HostOnly]));
    }

    [Fact]
    public void Reporting_DependsOnNoStoreNoProviderNoNetworkService()
    {
        Assert.Empty(Matching("Tarmeem.Reporting", ["Tarmeem.Store", "Tarmeem.Sample", "Tarmeem.Surveys", .. Providers, .. HostOnly]));
    }

    [Fact]
    public void Store_ReferencesNoProviderPackage()
    {
        Assert.Empty(Matching("Tarmeem.Store", ["Tarmeem.Store.", "Tarmeem.Sample", "Tarmeem.Reporting", "Tarmeem.Surveys", .. Providers, .. HostOnly]));
    }

    [Fact]
    public void Sample_DependsOnCoreOnly()
    {
        Assert.Empty(Matching("Tarmeem.Sample", ["Tarmeem.Store", "Tarmeem.Reporting", "Tarmeem.Surveys", .. Providers, .. HostOnly]));
    }

    [Fact]
    public void Surveys_ReachTheStoreOnlyThroughItsBoundary()
    {
        Assert.Empty(Matching("Tarmeem.Surveys", ["Tarmeem.Store.", "Tarmeem.Reporting", .. Providers, .. HostOnly]));
    }

    [Fact]
    public void GraphAzureAndQuartz_OnlyTheHostReferencesThem()
    {
        var offenders = ProjectDependencies.Assemblies.Keys
            .Where(project => project != "Tarmeem.Host")
            .SelectMany(project => Matching(project, HostOnly).Select(name => $"{project} → {name}"));

        Assert.Empty(offenders);
        Assert.NotEmpty(Matching("Tarmeem.Host", HostOnly));
    }

    [Fact]
    public void StoreSqlite_HoldsTheSqliteProvider()
    {
        Assert.Equal(["Microsoft.Data.Sqlite"], Matching("Tarmeem.Store.Sqlite", ["Microsoft.Data.Sqlite", "Npgsql"]));
    }

    private static List<string> Matching(string project, IEnumerable<string> prefixes) =>
        [.. ProjectDependencies.Of(project).Where(name => prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))];
}
