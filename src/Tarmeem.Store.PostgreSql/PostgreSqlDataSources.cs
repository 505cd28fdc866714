using System.Text.RegularExpressions;
using Npgsql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>
/// Builds the store's <see cref="NpgsqlDataSource"/> from the configured connection string and the schema the store
/// lives in (<see cref="LiveSchema"/> or <see cref="SampleSchema"/>): every connection's search_path is that schema, so
/// the store's SQL names its tables unqualified on both providers.
/// </summary>
public static partial class PostgreSqlDataSources
{
    public const string ConnectionStringKey = "Tarmeem:Data:ConnectionString";

    /// <summary>The synced, live data.</summary>
    public const string LiveSchema = "tarmeem";

    /// <summary>The generated sample: its own schema, so <c>--sample</c> never overwrites synced data.</summary>
    public const string SampleSchema = "tarmeem_sample";

    /// <summary>
    /// Checks the configured connection string and builds a data source on <paramref name="schema"/>. Nothing is
    /// opened here: an unreachable server is reported by the first open (<see cref="PostgreSqlConnections"/>).
    /// </summary>
    public static NpgsqlDataSource Create(string? connectionString, string schema)
    {
        if (!SchemaName().IsMatch(schema))
        {
            throw new ArgumentException(
                $"'{schema}' is not a plain schema name (lower-case letters, digits, underscores; 63 at most).",
                nameof(schema));
        }

        var builder = Parse(connectionString);
        if (!string.IsNullOrEmpty(builder.Password))
        {
            throw new InvalidOperationException(
                $"{ConnectionStringKey} contains a password (Password=): remove it from the configuration and give it "
                + "in the service's environment instead, as PGPASSWORD or in a pgpass file (PGPASSFILE, or ~/.pgpass "
                + "of the service account), which are read when connecting.");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new InvalidOperationException(
                $"{ConnectionStringKey} names no server: add Host=<server> (and Port= when it is not 5432).");
        }

        builder.SearchPath = schema;
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "tarmeem";
        }

        return new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    /// <summary>The schema a data source built by <see cref="Create"/> works in.</summary>
    public static string SchemaOf(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var schema = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).SearchPath;
        return schema is not null && SchemaName().IsMatch(schema)
            ? schema
            : throw new ArgumentException(
                "The data source has no single schema in its search path: build it with PostgreSqlDataSources.Create.",
                nameof(dataSource));
    }

    private static NpgsqlConnectionStringBuilder Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{ConnectionStringKey} is empty: with Tarmeem:Data:Provider = PostgreSql set it to the server and "
                + "database, e.g. \"Host=db.example;Database=tarmeem;Username=tarmeem\" (no password: see PGPASSWORD).");
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            // The text is not repeated: it may hold a password.
            throw new InvalidOperationException(
                $"{ConnectionStringKey} is not a valid PostgreSQL connection string ({error.GetType().Name}): write it "
                + "as Key=Value pairs separated by semicolons, e.g. \"Host=db.example;Database=tarmeem;Username=tarmeem\".",
                error);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
