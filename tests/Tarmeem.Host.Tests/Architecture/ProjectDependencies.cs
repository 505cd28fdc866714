using System.Reflection;
using System.Xml.Linq;

namespace Tarmeem.Host.Tests.Architecture;

/// <summary>What each project of <c>src/</c> depends on: the references it declares and those its assembly uses.</summary>
internal static class ProjectDependencies
{
    /// <summary>The assemblies of <c>src/</c>, by project name.</summary>
    public static IReadOnlyDictionary<string, Assembly> Assemblies { get; } = new Dictionary<string, Assembly>(StringComparer.Ordinal)
    {
        ["Tarmeem.Core"] = typeof(Core.Domain.SupportCase).Assembly,
        ["Tarmeem.Store"] = typeof(Store.StoreDialect).Assembly,
        ["Tarmeem.Store.Sqlite"] = typeof(Store.Sqlite.SqliteDialect).Assembly,
        ["Tarmeem.Sample"] = typeof(Sample.SampleDataGenerator).Assembly,
        ["Tarmeem.Reporting"] = typeof(Reporting.Model.CaseRow).Assembly,
        ["Tarmeem.Surveys"] = typeof(Tarmeem.Surveys.Planning.SendWindow).Assembly,
        ["Tarmeem.Host"] = typeof(Tarmeem.Host.Configuration.TarmeemOptions).Assembly,
    };

    /// <summary>
    /// The names a project depends on: its declared project and package references, and the assemblies its compiled
    /// assembly references (the compiler keeps only those it uses, so a transitive use shows here too).
    /// </summary>
    public static IReadOnlyList<string> Of(string project)
    {
        var declared = XDocument.Load(Path.Combine(SourceRoot(), project, project + ".csproj"))
            .Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')));
        var used = Assemblies[project].GetReferencedAssemblies().Select(name => name.Name!);
        return [.. declared.Concat(used).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static string SourceRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Tarmeem.Office.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("Tarmeem.Office.sln is not above the test's folder."), "src");
    }
}
