using static Tarmeem.Store.PostgreSql.Tests.PostgresTestDatabase;

namespace Tarmeem.Store.PostgreSql.Tests.Schema;

/// <summary>The same rows give the same values and the same order on both stores.</summary>
public sealed class ValueParityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // decision, decision_at, service_delivered_at: rejected before delivery, after delivery, with no time; approved.
    private const string Cases = """
        INSERT INTO cases (case_number, channel, branch, service_type, decision, decision_at, service_delivered_at,
                           incomplete_application, received_at)
        VALUES ('C-1', 'Branch', 'Riyadh', 'Aid', 'Rejected', 2000, 5000, 0, 1000),
               ('C-2', 'Branch', 'Riyadh', 'Aid', 'Rejected', 6000, 5000, 0, 1000),
               ('C-3', 'Branch', 'Riyadh', 'Aid', 'Rejected', NULL, NULL, 0, 1000),
               ('C-4', 'Branch', 'Riyadh', 'Aid', 'Rejected', 3000, NULL, 1, 1000),
               ('C-5', 'Branch', 'Riyadh', 'Aid', 'Approved', 2000, 7000, 0, 1000),
               ('C-6', 'Branch', 'Riyadh', 'Aid', 'Pending', NULL, NULL, 0, 1000)
        """;

    [Fact]
    public async Task ClosedAt_SameRows_SameValuesAsSqlite()
    {
        await using var sqlite = await SqliteReference.OpenAsync();
        await using var postgres = await MigratedAsync(database, "values_closed");
        await sqlite.ExecuteAsync(Cases);
        await ExecuteAsync(postgres, Cases);
        const string Query = "SELECT case_number, closed_at FROM cases ORDER BY case_number";

        var expected = await sqlite.RowsAsync(Query);

        Assert.Equal(["C-1|2000", "C-2|5000", "C-3|NULL", "C-4|3000", "C-5|7000", "C-6|NULL"], expected);
        Assert.Equal(expected, await RowsAsync(postgres, Query));
    }

    [Fact]
    public async Task OrderBy_MixedScriptsAndCase_SameOrderAsSqlite()
    {
        await using var sqlite = await SqliteReference.OpenAsync();
        await using var postgres = await MigratedAsync(database, "values_order");
        const string Insert = """
            INSERT INTO sync_coverage (source, kind, started_at)
            VALUES ('b', 'k', 0), ('B', 'k', 0), ('a-2', 'k', 0), ('a10', 'k', 0), ('a_1', 'k', 0),
                   ('الرياض', 'k', 0), ('جدة', 'k', 0), ('Z', 'k', 0), ('é', 'k', 0), ('e', 'k', 0)
            """;
        await sqlite.ExecuteAsync(Insert);
        await ExecuteAsync(postgres, Insert);
        const string Query = "SELECT source FROM sync_coverage WHERE source > 'A' ORDER BY source";

        var expected = await sqlite.RowsAsync(Query);

        Assert.Equal(["B", "Z", "a-2", "a10", "a_1", "b", "e", "é", "الرياض", "جدة"], expected);
        Assert.Equal(expected, await RowsAsync(postgres, Query));
    }

    [Fact]
    public async Task Flags_OutsideZeroAndOne_RefusedLikeSqlite()
    {
        await using var sqlite = await SqliteReference.OpenAsync();
        await using var postgres = await MigratedAsync(database, "values_flags");
        const string Insert = "INSERT INTO sync_sources (source, round, full_round, updated_at) VALUES ('s', 1, 2, 0)";

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => sqlite.ExecuteAsync(Insert));
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => ExecuteAsync(postgres, Insert));
        Assert.Equal(Npgsql.PostgresErrorCodes.CheckViolation, refused.SqlState);
    }
}
