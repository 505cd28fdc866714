using Tarmeem.Testing.Page;

namespace Tarmeem.Host.Tests.Surveys.Nodes;

/// <summary>The page tables on the real PostgreSQL (the survey store stays SQLite until the PostgreSQL store is merged).</summary>
public sealed class PostgresTwoPageNodesTests : TwoPageNodesContract
{
    protected override async Task<PageDatabase> CreateDatabaseAsync(string storePath) => await PostgresPageDatabase.CreateAsync();
}
