using System.Net.Sockets;
using Npgsql;

namespace Tarmeem.Store.PostgreSql;

/// <summary>Opens connections of the store's data source, turning a failure to connect into a message that says what to do.</summary>
public static class PostgreSqlConnections
{
    public static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw Explain(dataSource, error);
        }
    }

    /// <summary>Names the server, database and user, never the password (none is configured: see PGPASSWORD).</summary>
    private static InvalidOperationException Explain(NpgsqlDataSource dataSource, NpgsqlException error)
    {
        var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        var where = $"the PostgreSQL server at {target.Host}:{target.Port}";
        var key = PostgreSqlDataSources.ConnectionStringKey;
        var message = error switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                $"{where} refused user '{target.Username}' ({error.Message}). Check the user in {key}, the server's "
                + "pg_hba.conf, and the password in the service's environment (PGPASSWORD or a pgpass file).",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                $"{where} has no database '{target.Database}': create it (CREATE DATABASE) or correct {key}.",
            PostgresException =>
                $"{where} refused the connection to database '{target.Database}': {error.Message}",
            _ when error.InnerException is SocketException or TimeoutException =>
                $"Could not reach {where} named by {key} ({error.InnerException.Message}): check that the server runs, "
                + "that the host and port are right and that this machine may connect to it.",
            _ =>
                $"Could not connect to {where} named by {key}: {error.Message}",
        };
        return new InvalidOperationException(message, error);
    }
}
