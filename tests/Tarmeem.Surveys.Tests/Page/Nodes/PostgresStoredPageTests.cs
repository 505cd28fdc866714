using Tarmeem.Testing.Page;

namespace Tarmeem.Surveys.Tests.Page.Nodes;

public sealed class PostgresStoredPageTests : StoredPageContract
{
    protected override async Task<PageDatabase> CreateDatabaseAsync() => await PostgresPageDatabase.CreateAsync();
}
