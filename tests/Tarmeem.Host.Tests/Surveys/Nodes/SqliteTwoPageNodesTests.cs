using Tarmeem.Testing.Page;

namespace Tarmeem.Host.Tests.Surveys.Nodes;

/// <summary>The page tables in the survey store's own SQLite file, where schema step 11 puts them.</summary>
public sealed class SqliteTwoPageNodesTests : TwoPageNodesContract
{
    protected override async Task<PageDatabase> CreateDatabaseAsync(string storePath) => await SqlitePageDatabase.CreateAsync(storePath);
}
