namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// One numbered schema step for PostgreSQL: the same version and description as the SQLite step it translates,
/// applied once in its own transaction and recorded in <c>schema_migrations</c>. The commands run one by one: Npgsql
/// refuses a multi-statement command once it carries parameters, and separate DDL keeps an error pointing at one line.
/// </summary>
public sealed record PostgreSqlMigration(int Version, string Description, IReadOnlyList<string> Commands);
