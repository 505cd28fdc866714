using Tarmeem.Testing.Page;

namespace Tarmeem.Surveys.Tests.Page.Nodes;

public sealed class SqliteStoredPageTests : StoredPageContract
{
    protected override async Task<PageDatabase> CreateDatabaseAsync() => await SqlitePageDatabase.CreateAsync();
}
