using static Tarmeem.Store.PostgreSql.Tests.PostgresTestDatabase;

namespace Tarmeem.Store.PostgreSql.Tests.Schema;

/// <summary>
/// After the last step, the PostgreSQL schema is SQLite's: the same tables, columns in the same order, nullability,
/// defaults, generated columns, keys, indexes and foreign keys. Every later step must keep this true.
/// </summary>
public sealed class SchemaParityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Schema = "parity";

    // One line per column: table|position|name|type|nullable|default|generated. INTEGER is SQLite's 64-bit integer.
    private const string SqliteColumns = """
        SELECT m.name, c.cid, c.name, c.type, CASE WHEN c."notnull" OR c.pk > 0 THEN 'NOT NULL' ELSE 'NULL' END,
               ifnull(c.dflt_value, ''), CASE WHEN c.hidden IN (2, 3) THEN 'GENERATED' ELSE '' END
        FROM sqlite_schema m, pragma_table_xinfo(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        ORDER BY m.name, c.cid
        """;

    private const string PostgresColumns = """
        SELECT table_name, ordinal_position - 1, column_name,
               CASE data_type WHEN 'bigint' THEN 'INTEGER' WHEN 'integer' THEN 'INTEGER' WHEN 'text' THEN 'TEXT' ELSE data_type END,
               CASE is_nullable WHEN 'NO' THEN 'NOT NULL' ELSE 'NULL' END,
               regexp_replace(coalesce(column_default, ''), '::text$', ''), CASE is_generated WHEN 'ALWAYS' THEN 'GENERATED' ELSE '' END
        FROM information_schema.columns WHERE table_schema = 'parity'
        ORDER BY table_name, ordinal_position
        """;

    // One line per key or index: table|PRIMARY KEY, UNIQUE or the index's name|unique|columns in order.
    private const string SqliteIndexes = """
        SELECT m.name, 'PRIMARY KEY', 1, (SELECT group_concat(name, ',') FROM
            (SELECT name FROM pragma_table_info(m.name) WHERE pk > 0 ORDER BY pk))
        FROM sqlite_schema m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT m.name, CASE i.origin WHEN 'u' THEN 'UNIQUE' ELSE i.name END, i."unique",
               (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno))
        FROM sqlite_schema m, pragma_index_list(m.name) i
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND i.origin <> 'pk'
        ORDER BY 1, 2
        """;

    private const string PostgresIndexes = """
        SELECT * FROM (SELECT t.relname::text AS owner,
               CASE WHEN ix.indisprimary THEN 'PRIMARY KEY'
                    WHEN EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.oid AND k.contype = 'u') THEN 'UNIQUE'
                    ELSE i.relname::text END AS what,
               CASE WHEN ix.indisunique THEN 1 ELSE 0 END,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n), ',')
        FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_namespace s ON s.oid = t.relnamespace
        WHERE s.nspname = 'parity') AS found
        ORDER BY owner COLLATE "C", what COLLATE "C"
        """;

    // One line per foreign key column: table|column|referenced table|referenced column.
    private const string SqliteForeignKeys = """
        SELECT m.name, f."from", f."table", f."to"
        FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        ORDER BY 1, 2
        """;

    private const string PostgresForeignKeys = """
        SELECT * FROM (SELECT t.relname::text AS owner, a.attname::text AS what, r.relname, ra.attname
        FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
        JOIN pg_namespace s ON s.oid = t.relnamespace
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1]
        JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attnum = k.confkey[1]
        WHERE k.contype = 'f' AND s.nspname = 'parity') AS found
        ORDER BY owner COLLATE "C", what COLLATE "C"
        """;

    [Theory]
    [InlineData(SqliteColumns, PostgresColumns)]
    [InlineData(SqliteIndexes, PostgresIndexes)]
    [InlineData(SqliteForeignKeys, PostgresForeignKeys)]
    [InlineData("SELECT version, description FROM schema_migrations ORDER BY version",
        "SELECT version, description FROM parity.schema_migrations ORDER BY version")]
    public async Task LastStep_Schema_EqualsSqlite(string sqliteQuery, string postgresQuery)
    {
        await using var sqlite = await SqliteReference.OpenAsync();
        await using var postgres = await MigratedAsync(database, Schema);

        var expected = await sqlite.RowsAsync(sqliteQuery);
        var actual = await RowsAsync(postgres, postgresQuery);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task LastStep_Columns_TextIsBinaryCollatedAndOnlyFlagsAre32Bit()
    {
        await using var postgres = await MigratedAsync(database, Schema);

        var uncollatedText = await RowsAsync(postgres, """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'parity' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'
            """);
        var narrowIntegers = await RowsAsync(postgres, """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'parity' AND data_type = 'integer' ORDER BY 1
            """);

        Assert.Empty(uncollatedText);
        Assert.Equal(["cases.incomplete_application", "mail_messages.not_inquiry", "sync_sources.full_round"], narrowIntegers);
    }
}
