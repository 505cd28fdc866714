using Tarmeem.Store.Tests.Contract;

namespace Tarmeem.Store.Tests.Sqlite;

public sealed class SqliteReviewTwoWritersTests : ReviewTwoWritersContract
{
    protected override IStoreUnderTest NewStore() => new TempStoreFolder();
}
