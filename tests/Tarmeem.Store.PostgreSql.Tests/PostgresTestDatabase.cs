using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Tarmeem.Store.PostgreSql.Tests;

/// <summary>What the tests of this project do on their class's database: a store schema, a migrated one, plain SQL.</summary>
internal static class PostgresTestDatabase
{
    public static readonly DateTimeOffset AppliedAt = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    public static NpgsqlDataSource DataSource(PostgresDatabase database, string schema) =>
        PostgreSqlDataSources.Create(database.ConnectionString, schema);

    public static async Task<NpgsqlDataSource> MigratedAsync(PostgresDatabase database, string schema)
    {
        var dataSource = DataSource(database, schema);
        await PostgreSqlMigrator.ApplyAsync(dataSource, new FakeTimeProvider(AppliedAt), CancellationToken.None);
        return dataSource;
    }

    public static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> RowsAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(column => reader.IsDBNull(column) ? "NULL" : Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
