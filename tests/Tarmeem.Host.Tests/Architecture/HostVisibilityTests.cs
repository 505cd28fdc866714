namespace Tarmeem.Host.Tests.Architecture;

/// <summary>
/// The host is a program, not a library: no other project builds on its types (its tests and the benchmarks see its
/// internals), so a type is public only when something outside must reach it.
/// </summary>
public sealed class HostVisibilityTests
{
    /// <summary>The host's public types, each with why it cannot be internal.</summary>
    private static readonly Dictionary<string, string> AllowedPublic = new(StringComparer.Ordinal)
    {
        ["Program"] = "the top-level statements' class: ASP.NET Core's source generator declares it public (for WebApplicationFactory<Program>).",
    };

    [Fact]
    public void ExportedTypes_OfTheHost_AreOnlyTheAllowedOnes()
    {
        var exported = ProjectDependencies.Assemblies["Tarmeem.Host"].GetExportedTypes().Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);

        var unexpected = exported.Where(name => !AllowedPublic.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        var stale = AllowedPublic.Keys.Where(name => !exported.Contains(name)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unexpected.Count == 0,
            $"public in Tarmeem.Host: {string.Join(", ", unexpected)} — make it internal, or add it to {nameof(AllowedPublic)} with why it must be public.");
        Assert.True(stale.Count == 0, $"{nameof(AllowedPublic)} lists types that are no longer public: {string.Join(", ", stale)} — remove them.");
    }
}
