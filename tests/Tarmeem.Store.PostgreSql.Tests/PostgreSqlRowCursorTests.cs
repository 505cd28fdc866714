using static Tarmeem.Store.PostgreSql.Tests.PostgresTestDatabase;

namespace Tarmeem.Store.PostgreSql.Tests;

public sealed class PostgreSqlRowCursorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_WindowQuery_GivesInstantsNullsAndTextInUtc()
    {
        await using var dataSource = await MigratedAsync(database, "cursor_window");
        // 1,793,491,200,000 ms is 2026-11-01T00:00Z: two rows inside the window, the third on its (open) end.
        await ExecuteAsync(dataSource, """
            INSERT INTO inquiries (id, channel, raw_channel, branch, category, received_at, first_response_at, resolved_at)
            VALUES ('q-1', 'Email', NULL, 'Riyadh', 'Aid', 1793491200000, 1793491260000, NULL),
                   ('q-2', 'Phone', 'هاتف', 'Jeddah', 'Other', 1793535200123, NULL, 1793535300000),
                   ('q-3', 'Email', NULL, 'Riyadh', 'Aid', 1796083200000, NULL, NULL)
            """);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        using var cursor = new PostgreSqlRowCursor(connection, transaction, """
            SELECT id, raw_channel, received_at, coalesce(first_response_at, -9223372036854775808), resolved_at
            FROM inquiries WHERE received_at >= @start AND received_at < @end ORDER BY id
            """, Start, End);
        var rows = new List<string>();
        while (cursor.Read())
        {
            rows.Add($"{cursor.Text(0)} {cursor.NullableText(1) ?? "-"} {cursor.Instant(2):O} "
                + $"{cursor.InstantOrNone(3)?.ToString("O") ?? "-"} {cursor.InstantOrNone(4)?.ToString("O") ?? "-"}");
        }

        Assert.Equal(
        [
            "q-1 - 2026-11-01T00:00:00.0000000+00:00 2026-11-01T00:01:00.0000000+00:00 -",
            "q-2 هاتف 2026-11-01T12:13:20.1230000+00:00 - 2026-11-01T12:15:00.0000000+00:00",
        ], rows);
    }

    [Fact]
    public async Task Read_IntegersAndFlags_ReadAs32And64BitAndNullable()
    {
        await using var dataSource = await MigratedAsync(database, "cursor_numbers");
        await ExecuteAsync(dataSource, """
            INSERT INTO survey_invitations VALUES ('i-1', 'Case', 'C-1', 'Email', 'Riyadh', 1, NULL, NULL, 2, 'Answered');
            INSERT INTO survey_responses (invitation_id, answered_at, overall, courtesy, source)
            VALUES ('i-1', 1793535200000, 5, NULL, 'Page')
            """);
        await using var connection = await dataSource.OpenConnectionAsync();

        using var cursor = new PostgreSqlRowCursor(connection, null,
            "SELECT overall, courtesy, answered_at, source FROM survey_responses WHERE answered_at < @end", Start, End);

        Assert.Equal("overall", cursor.ColumnName(0));
        Assert.True(cursor.Read());
        Assert.Equal(5, cursor.Int32(0));
        Assert.True(cursor.IsNull(1));
        Assert.Null(cursor.NullableInt32(1));
        Assert.Equal(1793535200000L, cursor.Int64(2));
        Assert.Equal("Page", cursor.Text(3));
        Assert.False(cursor.Read());
    }

    [Fact]
    public async Task Read_NoWindowParameters_RunsWithoutBinding()
    {
        await using var dataSource = await MigratedAsync(database, "cursor_plain");
        await using var connection = await dataSource.OpenConnectionAsync();

        using var cursor = new PostgreSqlRowCursor(connection, null, "SELECT count(*) FROM cases", Start, End);

        Assert.True(cursor.Read());
        Assert.Equal(0L, cursor.Int64(0));
    }
}
